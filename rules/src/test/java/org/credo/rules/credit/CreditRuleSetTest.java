package org.credo.rules.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.RuleSetCompiler;
import org.credo.core.ScenarioReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CreditRuleSetTest {
    private static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = CreditBundle.ruleSet();
    }

    @Test
    void the_credit_bundle_compiles_without_any_problem_when_rule_metadata_is_required() {
        Compilation compilation = new RuleSetCompiler(CreditBundle.options()).compile(CreditBundle.bundle());

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }

    @Test
    void every_credit_scenario_passes() {
        ScenarioReport report = ruleSet.runScenarios();

        assertThat(report.results())
                .filteredOn(result -> !result.passed())
                .extracting(result -> result.name() + ": " + result.mismatches())
                .isEmpty();
        assertThat(report.results()).hasSize(117);
    }

    @Test
    void a_decision_under_order_282_is_provisional_in_its_trace() {
        var outcome = ruleSet.decide(CreditBundle.DECISION, inputs(), LocalDate.parse("2026-04-01"));

        assertThat(outcome.outputs()).containsEntry("regime", "GACC-282").containsEntry("creditClass", "REGULAR");
        assertThat(outcome.trace().provisional()).isTrue();
        assertThat(outcome.trace().reasons()).allSatisfy(basis -> assertThat(basis.provisional()).isTrue());
    }

    @Test
    void a_decision_under_order_251_is_not_provisional() {
        var outcome = ruleSet.decide(CreditBundle.DECISION, inputs(), LocalDate.parse("2026-03-31"));

        assertThat(outcome.outputs()).containsEntry("regime", "GACC-251");
        assertThat(outcome.trace().provisional()).isFalse();
    }

    @Test
    void before_2018_05_01_no_rule_fires_and_the_regime_is_null() {
        var outcome = ruleSet.decide(CreditBundle.DECISION, inputs(), LocalDate.parse("2018-04-30"));

        assertThat(outcome.outputs()).containsEntry("regime", null).containsEntry("creditClass", null);
        assertThat(outcome.trace().firedRules()).isEmpty();
    }

    @Test
    void the_trace_names_the_criterion_with_its_legal_basis_and_confidence() {
        var inputs = Map.<String, Object>of("enterpriseId", "91350600MA2Y8K3F13", "enterpriseKind", "BROKER",
                "advancedCertified", false, "events", List.of(Map.of("eventId", "E1",
                        "type", "VIOLATION_ADMIN_PENALTY", "occurredOn", "2025-03-01", "amountCny",
                        new BigDecimal("300000.01"), "subjectiveIntent", true)));

        var outcome = ruleSet.decide(CreditBundle.DECISION, inputs, LocalDate.parse("2025-06-30"));

        assertThat(outcome.outputs()).containsEntry("creditClass", "DISHONEST");
        assertThat(outcome.trace().reasons()).anySatisfy(basis -> {
            assertThat(basis.ruleId()).isEqualTo("CC-251-3D");
            assertThat(basis.legalBasis()).isEqualTo("GACC Order 251, Art. 12(1)(3)");
            assertThat(basis.confidence()).hasToString("SECONDARY");
        });
    }

    private static Map<String, Object> inputs() {
        return Map.of("enterpriseId", "91350600MA2Y8K3F13", "enterpriseKind", "NON_BROKER",
                "advancedCertified", false);
    }
}
