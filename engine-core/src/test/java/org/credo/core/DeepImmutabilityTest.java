package org.credo.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What engine-core hands out cannot be changed by the one who receives it, at any depth. */
class DeepImmutabilityTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void aBundlesFilesAreCopiesThatCannotChangeTheHashedContent() {
        Bundle bundle = Fixtures.bundle("credit");
        String version = bundle.versionId();
        String path = bundle.files().firstKey();
        String text = bundle.text(path);

        bundle.files().get(path)[0] ^= 1;

        assertThat(bundle.text(path)).isEqualTo(text);
        assertThat(Bundle.of(bundle.files()).versionId()).isEqualTo(version);
        assertThatThrownBy(() -> bundle.files().put("extra.txt", "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOutcomesNestedOutputsAreReadOnlyAndDetachedFromTheCallersCollections() {
        var list = new ArrayList<Object>(List.of("a"));
        var context = new HashMap<String, Object>(Map.of("items", list));
        var outputs = new HashMap<String, Object>();
        outputs.put("context", context);
        outputs.put("missing", null);
        Outcome outcome = new Outcome("d", "v", DAY, outputs, new Trace(List.of(), List.of()), List.of());

        list.add("b");
        context.put("other", 1);

        @SuppressWarnings("unchecked")
        var frozenContext = (Map<String, Object>) outcome.outputs().get("context");
        @SuppressWarnings("unchecked")
        var frozenItems = (List<Object>) frozenContext.get("items");
        assertThat(frozenContext).containsOnlyKeys("items");
        assertThat(frozenItems).containsExactly("a");
        assertThat(outcome.outputs()).containsEntry("missing", null);
        assertThatThrownBy(() -> frozenItems.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozenContext.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDecisionStepsResultCannotBeChangedThroughItsAccessorOrTheNodeItWasBuiltFrom() {
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("level", "GENERAL");
        var step = new DecisionStep("m", "d", "SUCCEEDED", result, List.of());

        result.put("level", "DISHONEST");
        ((ObjectNode) step.result()).put("level", "EXCELLENT");

        assertThat(step.result().path("level").asText()).isEqualTo("GENERAL");
    }
}
