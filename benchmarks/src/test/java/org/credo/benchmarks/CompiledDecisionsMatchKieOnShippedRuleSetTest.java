package org.credo.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.Bundle;
import org.credo.core.EvaluationException;
import org.credo.core.Outcome;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped rule set decides every DMN scenario input identically (outputs, trace and messages) whether engine-core
 * evaluates its compiled decision plans or leaves every evaluation to Kie.
 */
class CompiledDecisionsMatchKieOnShippedRuleSetTest {

    @Test
    void everyShippedDmnScenarioDecidesAsKieDoes() throws IOException {
        Bundle bundle = ZoneRuleSet.shippedBundle();
        RuleSet kie = compile(bundle, false);
        RuleSet compiled = compile(bundle, true);
        var mapper = new ObjectMapper();
        var mismatches = new ArrayList<String>();
        int compared = 0;
        for (var file : bundle.files().entrySet()) {
            if (!file.getKey().endsWith(".scenarios.json")) {
                continue;
            }
            JsonNode scenarios = mapper.readTree(file.getValue());
            String decision = scenarios.path("decision").asText(null);
            if (decision == null || !kie.manifest().decisions().get(decision).isDmn()) {
                continue;
            }
            for (JsonNode scenario : scenarios.get("scenarios")) {
                Map<String, Object> inputs = kie.decodeInputs(decision, scenario.get("inputs"));
                LocalDate asOf = LocalDate.parse(scenario.get("asOf").asText());
                Object expected = outcome(kie, decision, inputs, asOf);
                Object actual = outcome(compiled, decision, inputs, asOf);
                compared++;
                if (!expected.equals(actual)) {
                    mismatches.add(decision + " / " + scenario.get("name").asText() + "\n  Kie:      " + expected
                            + "\n  compiled: " + actual);
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void inputsThePlanDoesNotExpectAreLeftToKieWithKiesAnswer() {
        Bundle bundle = ZoneRuleSet.shippedBundle();
        RuleSet kie = compile(bundle, false);
        RuleSet compiled = compile(bundle, true);
        LocalDate asOf = LocalDate.parse("2025-06-30");
        Map<String, Object> valid = Map.of("creditClass", "REGULAR", "customsMode", "9710", "direction", "EXPORT",
                "hsCode", "0306170000");
        var odd = List.<Map<String, Object>>of(
                with(valid, "customsMode", "9999"),
                with(valid, "hsCode", "0006170000"),
                with(valid, "hsCode", new BigDecimal("306170000")),
                with(valid, "creditClass", null),
                with(valid, "regular rate", new BigDecimal("0.5")));
        for (Map<String, Object> inputs : odd) {
            assertThat(outcome(compiled, "inspection", inputs, asOf)).as(inputs.toString())
                    .isEqualTo(outcome(kie, "inspection", inputs, asOf));
        }
    }

    private static Map<String, Object> with(Map<String, Object> inputs, String name, Object value) {
        var changed = new HashMap<>(inputs);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    private static Object outcome(RuleSet ruleSet, String decision, Map<String, Object> inputs, LocalDate asOf) {
        try {
            Outcome outcome = ruleSet.decide(decision, inputs, asOf);
            return List.of(outcome.outputs(), outcome.trace(), outcome.messages());
        } catch (EvaluationException e) {
            return e.code() + ": " + e.getMessage() + " " + e.messages();
        }
    }

    private static RuleSet compile(Bundle bundle, boolean compiledDecisions) {
        System.setProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY, String.valueOf(compiledDecisions));
        try {
            return new RuleSetCompiler(ZoneRuleSet.options()).compile(bundle).ruleSet().orElseThrow();
        } finally {
            System.clearProperty(RuleSetCompiler.COMPILED_DECISIONS_PROPERTY);
        }
    }
}
