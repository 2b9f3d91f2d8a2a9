package org.credo.core.internal.scenario;

import org.credo.core.Deadline;
import org.credo.core.EvaluationException;
import org.credo.core.FeelJsonCodec;
import org.credo.core.Outcome;
import org.credo.core.RuleBasis;
import org.credo.core.RuleSet;
import org.credo.core.ScenarioReport;
import org.credo.core.ScenarioReport.ScenarioResult;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs test scenarios against a rule set and reports pass or fail, with reasons, per scenario. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** Runs every scenario, each decision with a deadline of {@code decisionLimit} (null: none). */
    public static ScenarioReport run(RuleSet ruleSet, List<ScenarioFile> files, Duration decisionLimit) {
        var results = new ArrayList<ScenarioResult>();
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                List<String> mismatches = mismatches(ruleSet, file, scenario,
                        decisionLimit == null ? Deadline.NONE : Deadline.after(decisionLimit));
                results.add(new ScenarioResult(file.path(), scenario.name(), file.target(), mismatches.isEmpty(),
                        mismatches));
            }
        }
        return new ScenarioReport(ruleSet.version(), results);
    }

    private static List<String> mismatches(RuleSet ruleSet, ScenarioFile file, Scenario scenario,
                                           Deadline deadline) {
        Outcome outcome;
        try {
            var inputs = ruleSet.decodeInputs(file.target(), scenario.inputs());
            outcome = file.decision() != null
                    ? ruleSet.decide(file.decision(), inputs, scenario.asOf(), deadline)
                    : ruleSet.evaluateModel(file.model(), inputs, deadline);
        } catch (EvaluationException e) {
            return List.of("evaluation failed (" + e.code() + "): " + e.getMessage()
                    + e.messages().stream().map(m -> "; " + m.message()).collect(Collectors.joining()));
        }
        var mismatches = new ArrayList<>(
                ExpectedSubset.mismatches(scenario.expected(), FeelJsonCodec.toJson(outcome.outputs())));
        Set<String> reasons = outcome.trace().reasons().stream().map(RuleBasis::ruleId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String rule : scenario.expectedRules()) {
            if (!reasons.contains(rule)) {
                mismatches.add("expected rule " + rule + " among the reasons, which were " + reasons);
            }
        }
        return mismatches;
    }
}
