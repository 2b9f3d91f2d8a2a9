package org.credo.core;

import org.credo.core.ScenarioReport.ScenarioResult;
import org.credo.core.fixture.EditedBundle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ScenarioReportTest {

    @Test
    void eachScenarioIsReportedPassedOrFailedWithTheExpectationsThatDidNotHold() {
        var ruleSet = EditedBundle.of("credit")
                .replacing("scenarios/credit.scenarios.json", "\"expected\": { \"level\": \"EXCELLENT\" }",
                        "\"expected\": { \"level\": \"GENERAL\" }")
                .replacing("scenarios/credit.scenarios.json", "\"expectedRules\": [\"T-DRL-2\"]",
                        "\"expectedRules\": [\"T-DRL-1\"]")
                .compile().ruleSet().orElseThrow();

        ScenarioReport report = ruleSet.runScenarios();

        assertThat(report.rulesetVersion()).isEqualTo(ruleSet.version());
        assertThat(report.passed()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.results()).filteredOn(r -> !r.passed())
                .extracting(ScenarioResult::file, ScenarioResult::name, ScenarioResult::decision,
                        ScenarioResult::mismatches)
                .containsExactly(
                        tuple("scenarios/credit.scenarios.json",
                                "six penalties on ten thousand declarations is dishonest from November 2021",
                                "credit-class",
                                List.of("expected rule T-DRL-1 among the reasons, which were [T-DRL-2]")),
                        tuple("scenarios/credit.scenarios.json",
                                "no penalty is excellent", "credit-class",
                                List.of("outputs.level: expected \"GENERAL\", got \"EXCELLENT\"")));
    }

    @Test
    void numbersCompareByDecimalValue() {
        var ruleSet = EditedBundle.of("credit")
                .replacing("scenarios/inspection.scenarios.json", "\"ratio\": 0.1 }", "\"ratio\": 0.100 }")
                .compile().ruleSet().orElseThrow();

        assertThat(ruleSet.runScenarios().allPassed()).isTrue();
    }

    @Test
    void aFailingEvaluationFailsItsScenarioWithTheErrorCode() {
        var ruleSet = EditedBundle.of("credit")
                .replacing("scenarios/credit.scenarios.json", "\"penalties\": 0 }", "\"penalties\": \"none\" }")
                .compile().ruleSet().orElseThrow();

        ScenarioReport report = ruleSet.runScenarios();

        assertThat(report.results()).filteredOn(r -> r.name().equals("no penalty is excellent")).singleElement()
                .satisfies(r -> {
                    assertThat(r.passed()).isFalse();
                    assertThat(r.mismatches()).singleElement().asString()
                            .startsWith("evaluation failed (INVALID_INPUT)");
                });
    }
}
