package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.credo.core.KeyedSampler;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.KNOWN_ENTERPRISE;
import static org.credo.service.Api.UNKNOWN_ENTERPRISE;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DecisionEndpointsTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    @Test
    void creditClassificationAnswersTheRegimeClassAndRestorationWithReasons() {
        JsonPath answer = customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": true,
                 "priorYearDocumentCount": 10000, "asOf": "2026-06-30",
                 "events": [{"eventId": "E3", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01",
                             "amountCny": 1000.00, "dueDate": null, "paidOn": null, "subjectiveIntent": true}]}""")
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .body("decisionId", matchesPattern(UUID))
                .body("rulesetVersion", hasLength(64))
                .body("decidedAt", notNullValue())
                .body("creditClass", equalTo("DISHONEST"))
                .body("regime", equalTo("GACC-282"))
                .body("seriouslyDishonestList", equalTo(false))
                .body("restoration.onApplicationFrom", equalTo("2027-05-01"))
                .body("restoration.automaticFrom", equalTo("2028-05-01"))
                .body("reasons.ruleId", hasItem("CC-282-DISHONEST"))
                .body("reasons", everyItem(hasKey("legalBasis")))
                .body("reasons", everyItem(hasKey("confidence")))
                .extract().jsonPath();
        assertThat(answer.getList("reasons.description")).doesNotContainNull();
    }

    @Test
    void aDayBeforeOrder237HasNoCreditRegimeAndIsBadInputNamingAsOf() {
        customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 100, "asOf": "2018-04-30", "events": []}""")
                .post("/api/v1/decisions/credit-classification").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("asOf"));
    }

    @Test
    void anInspectionDeclaredBeforeOrder237IsBadInputNamingTheDeclarationDate() {
        customs().body("""
                {"declarationId": "DECL-1900", "enterpriseId": "91350600MA2Y8K3F13", "customsMode": "0110",
                 "direction": "EXPORT", "declaredValueCny": 100.00, "hsCode": "0306170000",
                 "declarationDate": "2017-12-31"}""")
                .post("/api/v1/decisions/inspection").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("declarationDate"));
    }

    @Test
    void aDecisionIsStoredBeforeItIsAnswered() {
        String decisionId = customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": null, "asOf": "2025-06-30", "events": []}""")
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("decisionId", equalTo(decisionId))
                .body("type", equalTo("credit-classification"))
                .body("principal", equalTo("customs"))
                .body("inputs.enterpriseKind", equalTo("BROKER"))
                .body("outputs.regime", equalTo("GACC-251"))
                .body("trace[0].decision", equalTo("credit-classification"))
                .body("trace[0].trace.firedRules.basis.legalBasis", everyItem(notNullValue()))
                .body("hash", hasLength(64))
                .body("previousHash", hasLength(64));
    }

    @Test
    void inspectionOfAnUnknownEnterpriseGetsTheRegularClassAndSaysSo() {
        String declaration = unique("DECL");
        customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("declarationId", equalTo(declaration))
                .body("creditClass", equalTo("REGULAR"))
                .body("inspectionRate", notNullValue())
                .body("selected", notNullValue())
                .body("sampling.method", equalTo("HMAC-SHA256"))
                .body("sampling.keyId", equalTo("demo-2026"))
                .body("reasons.ruleId", hasItem("CREDO-REGISTRY-UNKNOWN"))
                .body("decisionId", matchesPattern(UUID));
    }

    @Test
    void inspectionSelectionIsTheKeyedSamplersAnswerAndAnAuditorCanRecomputeIt() {
        String declaration = unique("DECL");
        JsonPath answer = customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();
        var sampler = new KeyedSampler("demo-2026",
                "credo-demo-sampling-key-not-secret".getBytes(StandardCharsets.UTF_8));
        BigDecimal rate = new BigDecimal(answer.getString("inspectionRate"));
        assertThat(answer.getBoolean("selected")).isEqualTo(sampler.selects(declaration, rate));
    }

    @Test
    void inspectionUsesTheRegistrysClassAsOfTheDeclarationDateAndRecordsTheFactsItUsed() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Xiamen Haicang Trading", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 10000}""").put("/api/v1/enterprises/" + enterprise)
                .then().statusCode(200);
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01",
                 "amountCny": 1000, "subjectiveIntent": true}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);

        String before = customs().body(inspection(unique("DECL"), enterprise, "2026-04-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("REGULAR")).extract().path("decisionId");
        String after = customs().body(inspection(unique("DECL"), enterprise, "2026-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST")).extract().path("decisionId");

        auditor().get("/api/v1/decisions/" + before).then().statusCode(200)
                .body("referenceData.registry.known", equalTo(true))
                .body("referenceData.registry.events.size()", equalTo(0));
        auditor().get("/api/v1/decisions/" + after).then().statusCode(200)
                .body("referenceData.registry.enterprise.name", equalTo("Xiamen Haicang Trading"))
                .body("referenceData.registry.events[0].type", equalTo("SMUGGLING_ADMIN_PENALTY"))
                .body("referenceData.credit.creditClass", equalTo("DISHONEST"))
                .body("referenceData.sampling.keyId", equalTo("demo-2026"));
    }

    @Test
    void aRetryOfTheSameDeclarationAnswersTheStoredOutcome() {
        String declaration = unique("DECL");
        JsonPath first = customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();
        JsonPath retry = customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();
        assertThat(retry.getString("decisionId")).isEqualTo(first.getString("decisionId"));
        assertThat(retry.getMap("")).as("the stored answer, field for field").isEqualTo(first.getMap(""));
        auditor().queryParam("type", "inspection").queryParam("enterpriseId", UNKNOWN_ENTERPRISE)
                .queryParam("size", 200).get("/api/v1/decisions").then().statusCode(200)
                .body("items.findAll { it.idempotencyKey == 'inspection:" + declaration + "' }.size()",
                        equalTo(1));
    }

    @Test
    void aRetryAfterTheEnterpriseTurnedDishonestStillAnswersTheStoredRegularOutcome() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Zhangzhou Retry Trading", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 10000}""").put("/api/v1/enterprises/" + enterprise)
                .then().statusCode(200);
        String declaration = unique("DECL");
        String first = customs().body(inspection(declaration, enterprise, "2026-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("REGULAR")).extract().path("decisionId");
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01",
                 "amountCny": 1000, "subjectiveIntent": true}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);

        customs().body(inspection(declaration, enterprise, "2026-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("decisionId", equalTo(first))
                .body("creditClass", equalTo("REGULAR"));
        customs().body(inspection(unique("DECL"), enterprise, "2026-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"));
    }

    @Test
    void aRetryAnswersTheStoredOutcomeEvenWhenItsBodyCouldNotBeDecidedNow() {
        String declaration = unique("DECL");
        String first = customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
        customs().body(inspection(declaration, UNKNOWN_ENTERPRISE, "2017-01-01"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("decisionId", equalTo(first));
        customs().body(inspection(unique("DECL"), UNKNOWN_ENTERPRISE, "2017-01-01"))
                .post("/api/v1/decisions/inspection").then().statusCode(400);
    }

    @Test
    void batchAnswersEveryDeclarationInOrderEachAsTheSingleCallWould() {
        List<String> ids = new ArrayList<>();
        var body = new StringBuilder("{\"declarations\": [");
        for (int i = 0; i < 300; i++) {
            String id = unique("B" + i);
            ids.add(id);
            body.append(i == 0 ? "" : ",").append(inspection(id, i % 2 == 0 ? UNKNOWN_ENTERPRISE : KNOWN_ENTERPRISE,
                    "2026-11-26"));
        }
        ids.add(ids.get(5));
        body.append(",").append(inspection(ids.get(5), UNKNOWN_ENTERPRISE, "2026-11-26")).append("]}");
        JsonPath batch = customs().body(body.toString()).post("/api/v1/decisions/inspection/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(batch.getList("results.declarationId")).containsExactlyElementsOf(ids);
        assertThat(batch.getString("results[300].decisionId")).isEqualTo(batch.getString("results[5].decisionId"));
        assertThat(batch.getList("results.decisionId")).doesNotContainNull();

        JsonPath single = customs().body(inspection(ids.get(7), KNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().jsonPath();
        assertThat(single.getMap("")).isEqualTo(batch.getMap("results[7]"));
        auditor().get("/api/v1/decisions/" + batch.getString("results[299].decisionId")).then().statusCode(200);
    }

    @Test
    void fxRegistrationAnswersItsOutputs() {
        customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "smallMicroCbec": true, "annualReceiptsUsd": 185000,
                 "annualPaymentsUsd": 0, "registered": false}""")
                .post("/api/v1/decisions/fx-registration").then().statusCode(200)
                .body("registrationRequired", notNullValue())
                .body("reminderBand", notNullValue())
                .body("decisionId", matchesPattern(UUID));
    }

    @Test
    void fxIndividualSettlementOfCbecProceedsUsesNoQuota() {
        customs().body("""
                {"amountUsd": 30000, "cbecProceeds": true, "transactionProof": true, "quotaUsedUsd": 45000}""")
                .post("/api/v1/decisions/fx-individual-settlement").then().statusCode(200)
                .body("quotaConsumedUsd", equalTo(0))
                .body("documentsRequired", equalTo(true))
                .body("reasons.ruleId", hasItem("FX-IND-CBEC"));
    }

    @Test
    void fxAdvancePaymentByAnAffiliatedPostalAdvancerOfElevenMonthsNeedsNoFiling() {
        customs().body("""
                {"advancerKind": "POSTAL", "affiliated": true, "termMonths": 11}""")
                .post("/api/v1/decisions/fx-advance-payment").then().statusCode(200)
                .body("allowed", equalTo(true))
                .body("filingRequired", equalTo(false));
    }

    @Test
    void retailImportOfExactlyFiveThousandIsPreferential() {
        customs().body("""
                {"orderValueCny": 5000, "itemCount": 3, "annualUsedCny": 0, "vatRate": 0.13,
                 "consumptionTaxRate": 0}""")
                .post("/api/v1/decisions/retail-import").then().statusCode(200)
                .body("treatment", equalTo("CBEC_PREFERENTIAL"))
                .body("taxCny", equalTo(455.0f))
                .body("annualUsedAfterCny", equalTo(5000));
    }

    @Test
    void retailExportWithoutInvoiceMeetingEveryConditionIsExemptWithDeemedProfit() {
        String decisionId = customs().body("""
                {"registeredInZone": true, "platformRecorded": true, "declaredAtZoneCustoms": true,
                 "onCancelledRefundList": false, "hasPurchaseInvoice": false, "customsMode": "9610",
                 "exportDate": "2025-06-30", "revenueCny": 100000}""")
                .post("/api/v1/decisions/retail-export-tax").then().statusCode(200)
                .body("vatExempt", equalTo(true))
                .body("deemedProfit", equalTo(true))
                .body("taxableIncomeCny", equalTo(4000.0f))
                .extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().body("asOf", equalTo("2025-06-30"));
    }

    @Test
    void anyActiveDmnModelCanBeEvaluatedByName() {
        customs().body("""
                {"riskClass": "A"}""").post("/api/v1/models/Spot checks/evaluate").then().statusCode(200)
                .body("decisionId", matchesPattern(UUID))
                .body("rulesetVersion", hasLength(64))
                .body("results.spot-check.spotCheckRatio", equalTo(0.05f))
                .body("messages", notNullValue());
    }

    @Test
    void evaluatingAnUnknownModelIsNotFound() {
        customs().body("{}").post("/api/v1/models/No such model/evaluate").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("violations", nullValue());
    }
}
