package org.credo.service.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.Api;
import org.credo.service.Endpoints;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.OutcomeLabels;
import org.credo.service.audit.TimeRange;
import org.credo.service.contract.DecisionType;
import org.credo.service.contract.OutcomeLabel;
import org.credo.service.ruleset.ActiveRuleSet;
import org.credo.service.ruleset.RuleSetSimulation;
import org.credo.service.ruleset.SimulationReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics, the simulation and the console label each contract decision type's outcome the same way. */
@QuarkusTest
class OutcomeLabelsAgreeTest {
    private static final Map<DecisionType, String> BODIES = new EnumMap<>(Map.of(
            DecisionType.INSPECTION, Endpoints.INSPECTION.replace("DECL-BAD-INPUT", Api.unique("labelled")),
            DecisionType.CREDIT_CLASSIFICATION, Endpoints.CREDIT,
            DecisionType.FX_REGISTRATION, Endpoints.FX_REGISTRATION,
            DecisionType.FX_INDIVIDUAL_SETTLEMENT, Endpoints.FX_SETTLEMENT,
            DecisionType.FX_ADVANCE_PAYMENT, Endpoints.FX_ADVANCE,
            DecisionType.RETAIL_IMPORT, Endpoints.RETAIL_IMPORT,
            DecisionType.RETAIL_EXPORT_TAX, Endpoints.RETAIL_EXPORT,
            DecisionType.CREDIT_MEASURES, Endpoints.CREDIT_MEASURES,
            DecisionType.FX_ELECTRONIC_SETTLEMENT, Endpoints.FX_ELECTRONIC_SETTLEMENT,
            DecisionType.FX_LOAN_CONVERSION, Endpoints.FX_LOAN_CONVERSION));

    @Inject
    AuditStore store;
    @Inject
    MeterRegistry meters;
    @Inject
    RuleSetSimulation simulation;
    @Inject
    ActiveRuleSet active;

    @Test
    void everyDecisionTypeIsLabelledAlikeByMetricsSimulationAndConsole() {
        assertThat(BODIES.keySet()).containsExactly(DecisionType.values());
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var labels = new EnumMap<DecisionType, String>(DecisionType.class);
        for (var entry : BODIES.entrySet()) {
            String decisionId = Api.customs().body(entry.getValue()).post("/api/v1/decisions/" + entry.getKey().id())
                    .then().statusCode(200).extract().path("decisionId");
            AuditRecord record = store.byId(decisionId).orElseThrow();
            String label = OutcomeLabel.of(record.outputs());
            labels.put(entry.getKey(), label);
            assertThat(label).as(entry.getKey().id()).isNotEqualTo("decided");
            assertThat(OutcomeLabels.of(record)).as("console label of " + entry.getKey().id()).isEqualTo(label);
            Counter counted = meters.find("credo.decisions").tags("type", entry.getKey().id(), "outcome", label)
                    .counter();
            assertThat(counted).as("metric labelled " + label + " for " + entry.getKey().id()).isNotNull();
            assertThat(counted.count()).isPositive();
        }
        SimulationReport report = simulation.run(simulation.plan(active.current().version(),
                new TimeRange(from, Instant.now().plusMillis(1))), new RuleSetSimulation.Control() {
                    @Override
                    public void decided(long decisions) {
                    }

                    @Override
                    public boolean stopRequested() {
                        return false;
                    }
                });
        labels.forEach((type, label) -> assertThat(report.byType().get(type.id()).outcomesBefore())
                .as("simulation label of " + type.id()).containsKey(label));
    }
}
