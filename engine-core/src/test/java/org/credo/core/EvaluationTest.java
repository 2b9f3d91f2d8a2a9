package org.credo.core;

import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Effective dating, traces and errors of decisions taken by a compiled rule set. */
class EvaluationTest {
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = Fixtures.ruleSet("credit");
    }

    private static Map<String, Object> applicant(int declarations, int penalties) {
        return Map.of("id", "T1", "declarations", BigDecimal.valueOf(declarations),
                "penalties", BigDecimal.valueOf(penalties));
    }

    private static Outcome credit(int declarations, int penalties, String day) {
        return ruleSet.decide("credit-class", applicant(declarations, penalties), LocalDate.parse(day));
    }

    @Test
    void aRuleValidToTheLastDayOfOctober2021FiresOnThatDay() {
        Outcome outcome = credit(10_000, 11, "2021-10-31");

        assertThat(outcome.outputs()).containsEntry("level", "DISHONEST");
        assertThat(outcome.trace().firedRules()).extracting(f -> f.basis().ruleId()).containsExactly("T-DRL-1");
    }

    @Test
    void aRuleValidToTheLastDayOfOctober2021DoesNotFireOnTheFirstOfNovember() {
        Outcome outcome = credit(10_000, 11, "2021-11-01");

        assertThat(outcome.trace().firedRules()).extracting(f -> f.basis().ruleId()).containsExactly("T-DRL-2");
    }

    @Test
    void aRuleValidFromTheFirstOfNovember2021DoesNotFireTheDayBefore() {
        Outcome outcome = credit(10_000, 6, "2021-10-31");

        assertThat(outcome.outputs()).containsEntry("level", "GENERAL");
        assertThat(outcome.trace().firedRules()).isEmpty();
    }

    @Test
    void equalInputsOnTheSameDayAnswerTheRememberedOutcomeAndAnyChangeDecidesAnew() {
        Outcome first = credit(10_000, 11, "2021-10-31");

        assertThat(ruleSet.decide("credit-class", new HashMap<>(applicant(10_000, 11)), LocalDate.of(2021, 10, 31)))
                .isSameAs(first);
        assertThat(credit(10_000, 11, "2021-11-01")).isNotSameAs(first)
                .satisfies(o -> assertThat(o.trace().firedRules()).extracting(f -> f.basis().ruleId())
                        .containsExactly("T-DRL-2"));
        assertThat(credit(10_000, 4, "2021-10-31").outputs()).containsEntry("level", "GENERAL");
    }

    @Test
    void theTraceNamesEveryFiredRuleWithItsDeclaredBasis() {
        Outcome outcome = credit(10_000, 6, "2022-01-01");

        assertThat(outcome.decision()).isEqualTo("credit-class");
        assertThat(outcome.rulesetVersion()).isEqualTo(ruleSet.version());
        assertThat(outcome.asOf()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(outcome.trace().firedRules()).containsExactly(new FiredRule("org.credo.core.fixture",
                "from November 2021 more than one penalty per two thousand declarations is dishonest",
                new RuleBasis("T-DRL-2", "More than 1 penalty per 2,000 declarations", "Test Order 2, Art. 12(1)(3)",
                        Confidence.SECONDARY, LocalDate.of(2021, 11, 1), null, true, "每2000票报关单被处罚超过1次",
                        "测试令第2号第十二条第（一）项第3目")));
        assertThat(outcome.trace().provisional()).isTrue();
    }

    @Test
    void aDmnDecisionsOutputsAreTheEntriesOfItsContextAndItsTraceNamesTheMatchedTableRule() {
        Outcome outcome = ruleSet.decide("inspection", Map.of("level", "DISHONEST"), LocalDate.of(2025, 6, 30));

        assertThat(outcome.outputs()).containsOnlyKeys("level", "ratio");
        assertThat((BigDecimal) outcome.outputs().get("ratio")).isEqualByComparingTo("0.5");
        assertThat(outcome.trace().decisions()).extracting(DecisionStep::decision).contains("Inspection");
        assertThat(outcome.trace().reasons()).extracting(RuleBasis::ruleId).containsExactly("T-DMN-3");
        assertThat(outcome.trace().reasons().get(0).legalBasis()).isEqualTo("Test Order 3, Art. 3");
    }

    @Test
    void jsonInputsOfADrlDecisionAreDecodedAsExactDecimals() {
        var inputs = ruleSet.decodeInputs("credit-class",
                FeelJsonCodec.parse("{\"id\": \"T1\", \"declarations\": 10000, \"penalties\": 0.5}"));

        assertThat(inputs).containsEntry("id", "T1");
        assertThat((BigDecimal) inputs.get("penalties")).isEqualByComparingTo("0.5");
    }

    @Test
    void anUnknownDecisionIsAnEvaluationErrorWithItsCode() {
        assertThatThrownBy(() -> ruleSet.decide("credit-grade", Map.of(), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationException.UNKNOWN_DECISION));
    }

    @Test
    void inputsTheBindingCannotReadAreInvalidInputNamingTheField() {
        assertThatThrownBy(() -> ruleSet.decide("credit-class", Map.of("penalties", "many"), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(EvaluationException.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("penalties");
                });
    }

    @Test
    void everyRuleIsListedWithItsValidity() {
        assertThat(ruleSet.rules()).filteredOn(r -> r.kind().equals("DRL"))
                .extracting(r -> r.basis().ruleId(), r -> r.basis().validTo())
                .containsExactly(tuple("T-DRL-1", LocalDate.of(2021, 10, 31)),
                        tuple("T-DRL-2", null),
                        tuple("T-DRL-3", null));
    }
}
