package org.credo.core;

import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
    void aRememberedOutcomeSharedByEveryCallerHandsOutNothingThatCanChange() {
        RuleSet ruleSet = Fixtures.ruleSet("credit");
        Map<String, Object> applicant = Map.of("id", "T1", "declarations", BigDecimal.valueOf(10_000),
                "penalties", BigDecimal.valueOf(11));
        Outcome first = ruleSet.decide("credit-class", applicant, DAY);
        assertThat(ruleSet.decide("credit-class", applicant, DAY)).as("the outcome memo answers one instance")
                .isSameAs(first);

        assertThatThrownBy(() -> first.outputs().put("level", "EXCELLENT"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.trace().firedRules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.trace().decisions().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.messages().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ruleSet.decide("credit-class", applicant, DAY).outputs()).containsEntry("level", "DISHONEST");
    }

    @Test
    void anEvaluatedDecisionStepsContextResultIsReadOnly() {
        Outcome outcome = Fixtures.ruleSet("credit").decide("inspection", Map.of("level", "DISHONEST"), DAY);

        DecisionStep step = outcome.trace().decisions().get(0);
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>) step.result();
        assertThat(result).containsEntry("level", "DISHONEST");
        assertThatThrownBy(() -> result.put("ratio", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.matchedRules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBundleKeepsNoArrayItWasGiven() {
        byte[] content = "rule text".getBytes(StandardCharsets.UTF_8);
        Bundle bundle = Bundle.of(Map.of("a.drl", content));
        String version = bundle.versionId();

        content[0] = 'X';

        assertThat(bundle.text("a.drl")).isEqualTo("rule text");
        assertThat(bundle.versionId()).isEqualTo(Bundle.of(bundle.files()).versionId()).isEqualTo(version);
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
    void aDecisionStepsResultIsReadOnlyAtEveryDepthAndDetachedFromTheValueItWasBuiltFrom() {
        var levels = new ArrayList<Object>(List.of("GENERAL"));
        var result = new HashMap<String, Object>(Map.of("levels", levels));
        var step = new DecisionStep("m", "d", "SUCCEEDED", result, new ArrayList<>());

        levels.add("DISHONEST");
        result.put("other", 1);

        @SuppressWarnings("unchecked")
        var frozen = (Map<String, Object>) step.result();
        @SuppressWarnings("unchecked")
        var frozenLevels = (List<Object>) frozen.get("levels");
        assertThat(frozen).containsOnlyKeys("levels");
        assertThat(frozenLevels).containsExactly("GENERAL");
        assertThatThrownBy(() -> frozenLevels.add("EXCELLENT")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step.matchedRules().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
