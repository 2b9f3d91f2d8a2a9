package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.credo.service.Api;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.credo.service.ruleset.RuleSetCalls.post;
import static org.credo.service.ruleset.RuleSetCalls.uploaded;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SimulationTest {
    private static final int INSPECTIONS = 40;
    private static final int CLASSIFICATIONS = 3;

    private static long recordsInTheAuditTrail() {
        return Api.auditor().get("/api/v1/audit/verify").then().statusCode(200).extract().<Number>path("checked")
                .longValue();
    }

    @Test
    void simulatingARateChangeCountsChangesByTypeOutcomeAndCreditClassAndRecordsNothing() {
        String variant = uploaded(Bundles.inspectionVariant("0.25"));
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var declarations = new ArrayList<String>();
        BigDecimal rate = null;
        for (int i = 0; i < INSPECTIONS; i++) {
            String declarationId = Api.unique("simulated");
            declarations.add(declarationId);
            rate = Decisions.json(Decisions.inspect(declarationId).then().statusCode(200).extract().response())
                    .path("inspectionRate").decimalValue();
        }
        for (int i = 0; i < CLASSIFICATIONS; i++) {
            Api.customs().body("""
                    {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                     "priorYearDocumentCount": 100, "asOf": "2026-06-30", "events": []}""")
                    .post("/api/v1/decisions/credit-classification").then().statusCode(200);
        }
        Instant to = Instant.now().plusMillis(1);
        BigDecimal before = rate;
        BigDecimal after = rate.multiply(BigDecimal.valueOf(5));
        List<String> selectedBefore = declarations.stream().filter(d -> Decisions.SAMPLER.selects(d, before))
                .toList();
        List<String> selectedAfter = declarations.stream().filter(d -> Decisions.SAMPLER.selects(d, after))
                .toList();
        long newlySelected = selectedAfter.stream().filter(d -> !selectedBefore.contains(d)).count();
        long noLongerSelected = selectedBefore.stream().filter(d -> !selectedAfter.contains(d)).count();
        long records = recordsInTheAuditTrail();

        JsonNode report = Decisions.json(post("auditor", variant, "simulate?from=" + from + "&to=" + to).then()
                .statusCode(200).extract().response());

        assertThat(recordsInTheAuditTrail()).as("a simulation records nothing").isEqualTo(records);
        assertThat(report.path("version").asText()).isEqualTo(variant);
        assertThat(report.path("decisions").asLong()).isEqualTo(INSPECTIONS + CLASSIFICATIONS);
        assertThat(report.path("changed").asLong()).isEqualTo(INSPECTIONS);
        assertThat(report.path("failed").asLong()).isZero();

        JsonNode inspection = report.path("byType").path("inspection");
        assertThat(inspection.path("decisions").asLong()).isEqualTo(INSPECTIONS);
        assertThat(inspection.path("changed").asLong()).isEqualTo(INSPECTIONS);
        assertThat(inspection.path("outcomesBefore").path("selected").asLong()).isEqualTo(selectedBefore.size());
        assertThat(inspection.path("outcomesAfter").path("selected").asLong()).isEqualTo(selectedAfter.size());
        assertThat(inspection.path("outcomesAfter").path("not-selected").asLong())
                .isEqualTo(INSPECTIONS - selectedAfter.size());

        JsonNode classifications = report.path("byType").path("credit-classification");
        assertThat(classifications.path("decisions").asLong()).isEqualTo(CLASSIFICATIONS);
        assertThat(classifications.path("changed").asLong()).isZero();
        assertThat(classifications.path("outcomesAfter")).isEqualTo(classifications.path("outcomesBefore"));

        JsonNode regular = report.path("inspectionByCreditClass").path("REGULAR");
        assertThat(regular.path("decisions").asLong()).isEqualTo(INSPECTIONS);
        assertThat(regular.path("rateChanged").asLong()).isEqualTo(INSPECTIONS);
        assertThat(regular.path("newlySelected").asLong()).isEqualTo(newlySelected);
        assertThat(regular.path("noLongerSelected").asLong()).isEqualTo(noLongerSelected);
        assertThat(regular.path("selectionsFlipped").asLong()).isEqualTo(newlySelected + noLongerSelected)
                .isPositive();
        assertThat(regular.path("rateChanges").path(before.stripTrailingZeros().toPlainString() + " -> "
                + after.stripTrailingZeros().toPlainString()).asLong()).isEqualTo(INSPECTIONS);

        List<String> sample = new ArrayList<>();
        report.path("sampleChangedDecisionIds").forEach(id -> sample.add(id.asText()));
        assertThat(sample).hasSize(RuleSetSimulation.SAMPLE);
        assertThat(sample).allSatisfy(id -> assertThat(declarations).contains(
                Decisions.stored(id).path("outputs").path("declarationId").asText()));
    }

    @Test
    void theActiveVersionSimulatedOverItsOwnDecisionsChangesNothing() {
        String active = RuleSetCalls.active();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 5; i++) {
            Decisions.inspect(Api.unique("unchanged")).then().statusCode(200);
        }
        JsonNode report = Decisions.json(post("author", active, "simulate?from=" + from + "&to="
                + Instant.now().plusMillis(1)).then().statusCode(200).extract().response());
        assertThat(report.path("decisions").asLong()).isEqualTo(5);
        assertThat(report.path("changed").asLong()).isZero();
        assertThat(report.path("sampleChangedDecisionIds")).isEmpty();
        as("customs").post(RuleSetCalls.RULESETS + "/" + active + "/simulate").then().statusCode(403);
    }

    @Test
    void anAbsentFromDefaultsToThirtyDaysBeforeTo() {
        post("auditor", RuleSetCalls.active(), "simulate?to=2026-01-01T00:00:00Z").then().statusCode(200)
                .body("from", equalTo("2025-12-02T00:00:00Z"))
                .body("to", equalTo("2026-01-01T00:00:00Z"))
                .body("decisions", equalTo(0))
                .body("complete", equalTo(true));
    }

    @Test
    void aRangeLongerThanTheMaximumIsRefusedNamingFrom() {
        String active = RuleSetCalls.active();
        post("auditor", active, "simulate?from=2024-01-01&to=2025-06-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", containsString("366 days"));
        post("auditor", active, "simulate?from=2020-01-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }
}
