package org.credo.core.internal.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credo.core.Confidence;
import org.credo.core.DecisionStep;
import org.credo.core.EvaluationException;
import org.credo.core.MatchedRule;
import org.credo.core.Problem;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trace of a DMN evaluation: each decision with its result, the table rules it selected (including those of
 * a business knowledge model it invoked) with their annotations, and the asOf date that picks the rules in force.
 */
class DmnTraceTest {
    private static final RuleBasis LARGE_IS_HIGH = new RuleBasis("T-3", "Large consignments are high risk",
            "Test Order 2, Art. 3(2)", Confidence.UNCONFIRMED, LocalDate.of(2024, 1, 1), null, true, "大宗货物为高风险",
            "测试令第2号第三条第（二）项");

    private static DmnModels models;

    @BeforeAll
    static void compile() {
        var problems = new ArrayList<Problem>();
        models = DmnFixtures.compile(DmnCompileOptions.strict(), problems, "traced.dmn");
        assertThat(problems).isEmpty();
    }

    @Test
    void eachDecisionIsTracedInEvaluationOrderWithItsResultAndSelectedRules() {
        DmnEvaluation evaluation = evaluate(1500, LocalDate.of(2025, 6, 30));

        assertThat(evaluation.steps()).extracting(DecisionStep::decision).containsExactly("Risk", "Inspection");
        DecisionStep risk = evaluation.steps().get(0);
        assertThat(risk.model()).isEqualTo("Traced");
        assertThat(risk.status()).isEqualTo("SUCCEEDED");
        assertThat(risk.result()).isEqualTo("HIGH");
        assertThat(risk.matchedRules()).containsExactly(new MatchedRule("Risk", 3, LARGE_IS_HIGH));

        DecisionStep inspection = evaluation.steps().get(1);
        assertThat(inspection.result()).isEqualTo(Map.of("risk", "HIGH", "ratio", new BigDecimal("0.3")));
        assertThat(inspection.matchedRules()).as("the BKM's table, attributed to the decision that invoked it")
                .extracting(MatchedRule::table, MatchedRule::ruleNumber, m -> m.basis().ruleId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Inspection ratio", 2, "Q-HIGH"));
        assertThat(evaluation.results()).containsEntry("Risk", "HIGH");
    }

    @Test
    void beforeTwentyTwentyFourTheOldRuleDecidesAndItsQuotedAnnotationsAreUnquoted() {
        DmnEvaluation evaluation = evaluate(1500, LocalDate.of(2023, 12, 31));

        assertThat(evaluation.results()).containsEntry("Risk", "LOW");
        assertThat(evaluation.steps().get(0).matchedRules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleNumber()).isEqualTo(1);
            assertThat(rule.basis().description()).isEqualTo("Before 2024 everything is low risk");
            assertThat(rule.basis().validTo()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(rule.basis().inForceOn(LocalDate.of(2023, 12, 31))).isTrue();
        });
    }

    @Test
    void anAsOfGivenAsInputWinsOverTheEvaluationDate() {
        DmnEvaluation evaluation = models.evaluate("Traced", "Risk",
                Map.of("declaredValue", BigDecimal.valueOf(1500), "asOf", LocalDate.of(2023, 1, 1)),
                LocalDate.of(2025, 6, 30));

        assertThat(evaluation.results()).containsEntry("Risk", "LOW");
    }

    @Test
    void evaluatingOneDecisionTracesOnlyItAndWhatItNeeds() {
        DmnEvaluation evaluation = models.evaluate("Traced", "Risk",
                Map.of("declaredValue", BigDecimal.valueOf(10)), LocalDate.of(2025, 6, 30));

        assertThat(evaluation.steps()).extracting(DecisionStep::decision).containsExactly("Risk");
        assertThat(evaluation.steps().get(0).matchedRules()).extracting(MatchedRule::ruleNumber).containsExactly(2);
        assertThat(evaluation.results()).containsOnlyKeys("Risk");
    }

    @Test
    void aMissingInputLeavesTheTableUnmatchedWithAMessageNamingTheElement() {
        DmnEvaluation evaluation = models.evaluate("Traced", "Risk", Map.of(), LocalDate.of(2025, 6, 30));

        assertThat(evaluation.results().get("Risk")).isNull();
        assertThat(evaluation.steps().get(0).matchedRules()).isEmpty();
        assertThat(evaluation.messages()).isNotEmpty().allSatisfy(m -> assertThat(m.message()).isNotBlank());
        assertThat(evaluation.messages()).anySatisfy(m -> assertThat(m.sourceId()).isNotNull());
    }

    @Test
    void everyTableRuleIsListedWithItsBasisInFileOrder() {
        List<RuleDescriptor> rules = models.rules();

        assertThat(rules).extracting(RuleDescriptor::container, RuleDescriptor::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Risk", "rule 1"),
                org.assertj.core.groups.Tuple.tuple("Risk", "rule 2"),
                org.assertj.core.groups.Tuple.tuple("Risk", "rule 3"),
                org.assertj.core.groups.Tuple.tuple("Inspection ratio", "rule 1"),
                org.assertj.core.groups.Tuple.tuple("Inspection ratio", "rule 2"));
        assertThat(rules.get(2)).isEqualTo(new RuleDescriptor("DMN", "dmn/traced.dmn", "Risk", "rule 3", 3,
                LARGE_IS_HIGH));
        assertThat(models.fileOf("Traced")).isEqualTo("dmn/traced.dmn");
    }

    @Test
    void unknownModelsAndDecisionsAreUnknownDecision() {
        assertThatThrownBy(() -> models.evaluate("Nothing", null, Map.of(), null))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationException.UNKNOWN_DECISION));
        assertThatThrownBy(() -> models.evaluate("Traced", "Nothing", Map.of(), null))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationException.UNKNOWN_DECISION));
    }

    @Test
    void concurrentEvaluationsKeepTheirOwnTraces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 400; i++) {
                boolean large = i % 2 == 0;
                tasks.add(() -> {
                    DmnEvaluation evaluation = evaluate(large ? 5000 : 5, LocalDate.of(2025, 6, 30));
                    int expectedRule = large ? 3 : 2;
                    return evaluation.steps().size() == 2
                            && evaluation.steps().get(0).matchedRules().size() == 1
                            && evaluation.steps().get(0).matchedRules().get(0).ruleNumber() == expectedRule
                            && evaluation.steps().get(1).matchedRules().get(0).ruleNumber() == (large ? 2 : 1);
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameInputsGiveTheSameTrace() {
        assertThat(evaluate(1500, LocalDate.of(2025, 6, 30)))
                .isEqualTo(evaluate(1500, LocalDate.of(2025, 6, 30)));
    }

    private static DmnEvaluation evaluate(int declaredValue, LocalDate asOf) {
        return models.evaluate("Traced", null, Map.of("declaredValue", BigDecimal.valueOf(declaredValue)), asOf);
    }
}
