package org.credo.service.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.as;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RegistryTest {
    private static final String ENTERPRISE = """
            {"name": "Zhangzhou Pilot Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": true,
             "priorYearDocumentCount": 10000}""";

    @Test
    void adminAndDecisionClientsMayPutAnEnterprise() {
        String enterprise = newEnterprise();
        as("admin").body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200)
                .body("enterpriseId", equalTo(enterprise))
                .body("advancedCertified", equalTo(true));
        customs().body(ENTERPRISE.replace("true", "false")).put("/api/v1/enterprises/" + enterprise)
                .then().statusCode(200).body("advancedCertified", equalTo(false));
    }

    @Test
    void recordingTheSameEventIdAgainAnswersTheStoredEventInsteadOfADuplicate() {
        String enterprise = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        String eventId = unique("EV");
        String event = """
                {"eventId": "%s", "type": "OBSTRUCTION_PENALTY", "occurredOn": "2025-03-01", "amountCny": 10000.00,
                 "subjectiveIntent": true}""".formatted(eventId);
        customs().body(event).post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201)
                .body("eventId", equalTo(eventId));
        customs().body(event.replace("10000.00", "99.00")).post("/api/v1/enterprises/" + enterprise + "/events")
                .then().statusCode(200)
                .body("eventId", equalTo(eventId))
                .body("amountCny", equalTo(10000.0f));
        customs().get("/api/v1/enterprises/" + enterprise + "/credit?asOf=2025-06-30").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .body("reasons.ruleId", hasItem("CC-251-DISHONEST"));
    }

    @Test
    void theSameEventRecordedConcurrentlyIsStoredOnce() throws Exception {
        String enterprise = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        String event = """
                {"eventId": "%s", "type": "FINE_UNPAID", "occurredOn": "2025-03-01", "amountCny": 500}"""
                .formatted(unique("EV"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                statuses.add(pool.submit(() -> customs().body(event)
                        .post("/api/v1/enterprises/" + enterprise + "/events").statusCode()));
            }
            var answered = new java.util.ArrayList<Integer>();
            for (var status : statuses) {
                answered.add(status.get());
            }
            org.assertj.core.api.Assertions.assertThat(answered).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEventIdUsedForAnotherEnterpriseIsAConflict() {
        String first = newEnterprise();
        String second = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + first).then().statusCode(200);
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + second).then().statusCode(200);
        String event = """
                {"eventId": "%s", "type": "BRIBERY", "occurredOn": "2025-03-01"}""".formatted(unique("EV"));
        customs().body(event).post("/api/v1/enterprises/" + first + "/events").then().statusCode(201);
        customs().body(event).post("/api/v1/enterprises/" + second + "/events").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void creditAsOfADayOnlySeesEventsThatHadOccurredAndIsAnAuditedDecision() {
        String enterprise = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01", "amountCny": 1000,
                 "subjectiveIntent": true}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);

        customs().post("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-04-30").then().statusCode(200)
                .body("creditClass", equalTo("ADVANCED_CERTIFIED"));
        String decisionId = customs().post("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-06-30")
                .then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .body("regime", equalTo("GACC-282"))
                .body("rulesetVersion", hasLength(64))
                .extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("type", equalTo("credit-classification"))
                .body("principal", equalTo("customs"))
                .body("enterpriseId", equalTo(enterprise))
                .body("referenceData.registry.events.size()", equalTo(1));
    }

    @Test
    void readingTheCreditOfAnEnterpriseRecordsNothingAndAnyRoleMayReadIt() {
        String enterprise = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        long recorded = recordsInTheAuditTrail();
        for (String user : List.of("customs", "author", "approver", "auditor", "admin")) {
            as(user).get("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-06-30").then().statusCode(200)
                    .body("creditClass", equalTo("ADVANCED_CERTIFIED"))
                    .body("rulesetVersion", hasLength(64))
                    .body("reasons.ruleId", hasItem(startsWith("CC-282")))
                    .body("$", not(hasKey("decisionId")))
                    .body("$", not(hasKey("decidedAt")));
        }
        assertThat(recordsInTheAuditTrail()).isEqualTo(recorded);
    }

    @Test
    void onlyDecisionClientsMayDecideTheCreditOfAnEnterprise() {
        String enterprise = newEnterprise();
        customs().body(ENTERPRISE).put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        for (String user : List.of("author", "approver", "auditor", "admin")) {
            as(user).post("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-06-30").then().statusCode(403);
        }
    }

    private static long recordsInTheAuditTrail() {
        return auditor().get("/api/v1/audit/verify").then().statusCode(200).extract().<Number>path("checked")
                .longValue();
    }

    @Test
    void creditOfAnEnterpriseTheRegistryDoesNotKnowIsNotFound() {
        customs().get("/api/v1/enterprises/" + newEnterprise() + "/credit?asOf=2026-06-30").then().statusCode(404)
                .contentType("application/problem+json");
        customs().post("/api/v1/enterprises/" + newEnterprise() + "/credit?asOf=2026-06-30").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
