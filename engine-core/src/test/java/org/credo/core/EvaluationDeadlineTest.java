package org.credo.core;

import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An evaluation that runs past its deadline stops within a few steps of it and throws DEADLINE_EXCEEDED. */
class EvaluationDeadlineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    /** Naive Fibonacci of 40 makes some 330 million calls: far beyond any deadline here. */
    private static final Map<String, Object> RUNAWAY = Map.of("n", BigDecimal.valueOf(40));
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = Fixtures.ruleSet("runaway");
    }

    @Test
    void aRecursiveBusinessKnowledgeModelWithinItsDeadlineAnswers() {
        Outcome outcome = ruleSet.decide("fibonacci", Map.of("n", BigDecimal.TEN), DAY,
                Deadline.after(Duration.ofSeconds(30)));

        assertThat(outcome.outputs()).containsEntry("value", BigDecimal.valueOf(55));
    }

    @Test
    void aRecursiveBusinessKnowledgeModelWithExponentialFanOutStopsAtItsDeadline() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> ruleSet.decide("fibonacci", RUNAWAY, DAY, Deadline.after(Duration.ofMillis(200))))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(EvaluationException.DEADLINE_EXCEEDED);
                    assertThat(e.getMessage()).contains("decision Fibonacci", "200 ms");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aWholeModelEvaluationStopsAtItsDeadline() {
        assertThatThrownBy(() -> ruleSet.evaluateModel("Fibonacci", RUNAWAY, Deadline.after(Duration.ofMillis(200))))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationException.DEADLINE_EXCEEDED));
    }

    @Test
    void theSameRuleSetDecidesAgainAfterADecisionWasStopped() {
        assertThatThrownBy(() -> ruleSet.decide("fibonacci", RUNAWAY, DAY, Deadline.after(Duration.ofMillis(100))))
                .isInstanceOf(EvaluationException.class);

        assertThat(ruleSet.decide("fibonacci", Map.of("n", BigDecimal.valueOf(12)), DAY).outputs())
                .containsEntry("value", BigDecimal.valueOf(144));
    }

    @Test
    void aRuleThatReFiresItselfIsHaltedAtItsDeadline() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> ruleSet.decide("spin", Map.of("id", "T1", "declarations", BigDecimal.ONE,
                "penalties", BigDecimal.ZERO), DAY, Deadline.after(Duration.ofMillis(5))))
                .isInstanceOfSatisfying(EvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(EvaluationException.DEADLINE_EXCEEDED);
                    assertThat(e.getMessage()).contains("DRL rules", "5 ms");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aScenarioWhoseDecisionRunsPastTheDecisionLimitFailsWithTheReason() {
        RuleSet withScenario = Fixtures.ruleSet("runaway-scenario");

        ScenarioReport report = withScenario.runScenarios(Duration.ofMillis(200));

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.results().get(0).mismatches()).singleElement().asString()
                .contains(EvaluationException.DEADLINE_EXCEEDED);
    }

    @Test
    void noDeadlineIsNeverPassed() {
        assertThat(Deadline.NONE.passed()).isFalse();
        assertThat(Deadline.NONE.limit()).isNull();
        assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
