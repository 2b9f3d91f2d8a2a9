package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The plan's decisions added by issue 14: credit measures, electronic settlement, FX loan conversion. */
@QuarkusTest
class PlanDecisionEndpointsTest {
    private static final String MEASURES = "/api/v1/decisions/credit-measures";
    private static final String SETTLEMENT = "/api/v1/decisions/fx-electronic-settlement";
    private static final String LOAN = "/api/v1/decisions/fx-loan-conversion";

    private static String measures(String creditClass, String asOf) {
        return """
                {"enterpriseId": "91350600MA2Y8K3F13", "creditClass": "%s", "asOf": "%s"}"""
                .formatted(creditClass, asOf);
    }

    private static String bank(String date, boolean kyc, boolean information, boolean authenticity) {
        return """
                {"provider": "BANK", "settlementDate": "%s", "customerIdentified": %s,
                 "transactionInfoCollected": %s, "authenticityReviewed": %s}"""
                .formatted(date, kyc, information, authenticity);
    }

    private static String paymentInstitution(String licensed, String partnerBank) {
        return """
                {"provider": "PAYMENT_INSTITUTION", "settlementDate": "2025-06-30", "customerIdentified": true,
                 "transactionInfoCollected": true, "authenticityReviewed": true, "licensed": %s,
                 "listRegistered": true, "partnerBank": %s}""".formatted(licensed, partnerBank);
    }

    private static String loan(String date, boolean exportBackground, String repaymentSource) {
        return """
                {"enterpriseId": "91350600MA2Y8K3F13", "conversionDate": "%s", "exportBackground": %s,
                 "repaymentSource": "%s"}""".formatted(date, exportBackground, repaymentSource);
    }

    @Test
    void aDishonestEnterpriseUnderOrder251GetsTheStrictMeasuresEachWithItsLegalBasis() {
        JsonPath answer = customs().body(measures("DISHONEST", "2025-06-30")).post(MEASURES).then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .body("regime", equalTo("GACC-251"))
                .body("measures.measure", equalTo(List.of("INSPECTION_RATE", "DOCUMENTARY_REVIEW", "GUARANTEE",
                        "AUDIT_FREQUENCY", "JOINT_PUNISHMENT")))
                .body("disclosed", hasItems("CREDIT_STATUS", "ADMINISTRATIVE_PENALTIES"))
                .body("reasons.ruleId", hasItems("CM-251-DIS-INSPECTION", "CM-251-DIS-GUARANTEE",
                        "CM-DISCLOSE-251-CREDIT-STATUS"))
                .body("reasons", everyItem(hasKey("confidence")))
                .extract().jsonPath();
        auditor().get("/api/v1/decisions/" + answer.getString("decisionId")).then().statusCode(200)
                .body("trace.decision", equalTo(List.of("credit-measures-input-admissible", "credit-measures")))
                .body("trace[0].trace.decisions.matchedRules.flatten().basis.ruleId", hasItem("CM-ADM-OK"));
        assertThat(answer.getList("measures", Map.class)).contains(
                Map.of("measure", "INSPECTION_RATE", "level", "AT_LEAST_80_PERCENT"),
                Map.of("measure", "GUARANTEE", "level", "FULL_FOR_PROCESSING_TRADE"));
        assertThat(answer.getList("reasons.findAll { it.ruleId.startsWith('CM-251-DIS') }.legalBasis",
                String.class)).allSatisfy(basis -> assertThat(basis).startsWith("GACC Order 251"));
    }

    @Test
    void anAdvancedCertifiedEnterpriseChangesRegimeBetween20211031And20211101() {
        customs().body(measures("ADVANCED_CERTIFIED", "2021-10-31")).post(MEASURES).then().statusCode(200)
                .body("regime", equalTo("GACC-237"))
                .body("measures.measure", not(hasItem("ORIGIN_INVESTIGATION")))
                .body("reasons.ruleId", hasItem("CM-237-ADV-GUARANTEE"));
        customs().body(measures("ADVANCED_CERTIFIED", "2021-11-01")).post(MEASURES).then().statusCode(200)
                .body("regime", equalTo("GACC-251"))
                .body("measures.measure", hasItem("ORIGIN_INVESTIGATION"))
                .body("reasons.ruleId", hasItem("CM-251-ADV-GUARANTEE"));
    }

    @Test
    void aClassTheRegimeOfTheDayDoesNotKnowIsUnprocessable() {
        customs().body(measures("GENERAL_CREDIT", "2021-11-01")).post(MEASURES).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("creditClass"))
                .body("violations[0].message", containsString("CM-ADM-251-CLASS"));
        customs().body(measures("REGULAR", "2021-11-01")).post(MEASURES).then().statusCode(200)
                .body("regime", equalTo("GACC-251"));
        customs().body(measures("REGULAR", "2018-04-30")).post(MEASURES).then().statusCode(422)
                .body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void withoutAClassTheRegistryClassifiesTheEnterpriseAndTheRecordReplaysIdentically() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Zhangzhou Measures Test", "enterpriseKind": "NON_BROKER", "advancedCertified": true,
                 "priorYearDocumentCount": 10000}""").put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        String body = """
                {"enterpriseId": "%s", "asOf": "2026-06-30"}""".formatted(enterprise);
        customs().body(body).post(MEASURES).then().statusCode(200)
                .body("creditClass", equalTo("ADVANCED_CERTIFIED"))
                .body("regime", equalTo("GACC-282"))
                .body("reasons.ruleId", hasItem("CM-282-ADV-GUARANTEE"));
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01", "amountCny": 1000,
                 "subjectiveIntent": true}""".formatted(unique("EV")))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);
        String decisionId = customs().body(body).post(MEASURES).then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .body("reasons.ruleId", hasItems("CC-282-DISHONEST", "CM-282-DIS-INSPECTION"))
                .body("reasons.findAll { it.ruleId == 'CM-282-DIS-INSPECTION' }.provisional", hasItem(true))
                .extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("type", equalTo("credit-measures"))
                .body("enterpriseId", equalTo(enterprise))
                .body("referenceData.registry.events.size()", equalTo(1));
        auditor().post("/api/v1/decisions/" + decisionId + "/replay").then().statusCode(200)
                .body("identical", equalTo(true));
    }

    @Test
    void withoutAClassAnEnterpriseTheRegistryDoesNotKnowIsNotFound() {
        customs().body("""
                {"enterpriseId": "%s", "asOf": "2026-06-30"}""".formatted(newEnterprise()))
                .post(MEASURES).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void creditMeasuresBadInputNamesTheField() {
        customs().body(measures("PLATINUM", "2025-06-30")).post(MEASURES).then().statusCode(400)
                .body("violations.field", hasItem("creditClass"));
        customs().body(measures("REGULAR", "2025-02-30")).post(MEASURES).then().statusCode(400);
        customs().body(measures("REGULAR", "2025-06-30").replace("91350600MA2Y8K3F13", "91350600MA2Y8K3F14"))
                .post(MEASURES).then().statusCode(400).body("violations.field", hasItem("enterpriseId"));
    }

    @Test
    void aBankMeetingEveryConditionMaySettleFromTheFirstDayOfTheNotice() {
        customs().body(bank("2020-05-20", true, true, true)).post(SETTLEMENT).then().statusCode(200)
                .body("allowed", equalTo(true))
                .body("met", equalTo(List.of("RULES_IN_FORCE", "CUSTOMER_IDENTIFICATION", "TRANSACTION_INFORMATION",
                        "AUTHENTICITY_REVIEW")))
                .body("missing", empty())
                .body("reasons.ruleId", hasItems("FX-ETI-BANK-IN-FORCE", "FX-ETI-BANK-AUTHENTICITY-MET"))
                .body("reasons.find { it.ruleId == 'FX-ETI-BANK-IN-FORCE' }.legalBasis",
                        containsString("汇发〔2020〕11号"));
        customs().body(bank("2020-05-19", true, true, true)).post(SETTLEMENT).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("RULES_IN_FORCE")));
        customs().body(bank("2025-06-30", true, true, false)).post(SETTLEMENT).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("AUTHENTICITY_REVIEW")))
                .body("reasons.ruleId", hasItem("FX-ETI-BANK-AUTHENTICITY-MISSING"));
    }

    @Test
    void aPaymentInstitutionWithoutALicenceMayNotSettleAndOneLeavingAConditionOpenIsUnprocessable() {
        customs().body(paymentInstitution("false", "true")).post(SETTLEMENT).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("PAYMENT_LICENCE")))
                .body("met", hasItems("SAFE_REGISTRATION", "PARTNER_BANK"))
                .body("reasons.ruleId", hasItem("FX-ETI-PI-LICENCE-MISSING"));
        customs().body(paymentInstitution("true", "true")).post(SETTLEMENT).then().statusCode(200)
                .body("allowed", equalTo(true));
        customs().body(paymentInstitution("true", "null")).post(SETTLEMENT).then().statusCode(422)
                .body("violations[0].field", equalTo("partnerBank"))
                .body("violations[0].message", containsString("FX-ETI-ADM-PI-PARTNERBANK"));
    }

    @Test
    void electronicSettlementBadInputIsA400NamingTheField() {
        customs().body(bank("2025-06-30", true, true, true).replace("BANK", "POST_OFFICE")).post(SETTLEMENT)
                .then().statusCode(400).body("violations.field", hasItem("provider"));
        customs().body(bank("2025-06-30", true, true, true).replace("\"customerIdentified\": true,", ""))
                .post(SETTLEMENT).then().statusCode(400).body("violations.field", hasItem("customerIdentified"));
        customs().body(bank("2101-01-01", true, true, true)).post(SETTLEMENT).then().statusCode(400)
                .body("violations.field", hasItem("settlementDate"));
    }

    @Test
    void electronicSettlementIsStoredAndARetryWithTheSameKeyAnswersTheStoredDecision() {
        String key = unique("plan-key");
        String first = customs().header("Idempotency-Key", key).body(bank("2025-06-30", true, true, true))
                .post(SETTLEMENT).then().statusCode(200).extract().path("decisionId");
        customs().header("Idempotency-Key", key).body(bank("2025-06-30", true, true, true)).post(SETTLEMENT)
                .then().statusCode(200).body("decisionId", equalTo(first));
        customs().header("Idempotency-Key", key).body(bank("2025-06-30", false, true, true)).post(SETTLEMENT)
                .then().statusCode(422);
        auditor().get("/api/v1/decisions/" + first).then().statusCode(200)
                .body("type", equalTo("fx-electronic-settlement"))
                .body("asOf", equalTo("2025-06-30"));
    }

    @Test
    void aLoanWithAnExportBackgroundRepaidFromExportProceedsConvertsFrom20170126() {
        customs().body(loan("2017-01-26", true, "EXPORT_PROCEEDS")).post(LOAN).then().statusCode(200)
                .body("allowed", equalTo(true))
                .body("missing", empty())
                .body("reasons.ruleId", hasItems("FX-LOAN-IN-FORCE", "FX-LOAN-EXPORT-MET", "FX-LOAN-REPAY-PROCEEDS"))
                .body("reasons.find { it.ruleId == 'FX-LOAN-IN-FORCE' }.legalBasis", containsString("汇发〔2017〕3号"))
                .body("reasons.find { it.ruleId == 'FX-LOAN-IN-FORCE' }.confidence", equalTo("UNCONFIRMED"));
        customs().body(loan("2017-01-25", true, "EXPORT_PROCEEDS")).post(LOAN).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("RULES_IN_FORCE")));
    }

    @Test
    void aLoanRepaidWithPurchasedFxOrWithoutExportBackgroundDoesNotConvert() {
        customs().body(loan("2025-06-30", true, "FX_PURCHASE")).post(LOAN).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("REPAYMENT_FROM_EXPORT_PROCEEDS")))
                .body("reasons.ruleId", hasItem("FX-LOAN-REPAY-PURCHASE"));
        customs().body(loan("2025-06-30", false, "EXPORT_PROCEEDS")).post(LOAN).then().statusCode(200)
                .body("allowed", equalTo(false))
                .body("missing", equalTo(List.of("EXPORT_BACKGROUND")));
    }

    @Test
    void loanConversionBadInputIsA400NamingTheField() {
        customs().body(loan("2025-06-30", true, "GIFT")).post(LOAN).then().statusCode(400)
                .body("violations.field", hasItem("repaymentSource"));
        String withoutDate = loan("2025-06-30", true, "EXPORT_PROCEEDS")
                .replace("\"conversionDate\": \"2025-06-30\",", "");
        customs().body(withoutDate).post(LOAN).then().statusCode(400)
                .body("violations.field", hasItem("conversionDate"));
        customs().body(loan("2025-06-30", true, "EXPORT_PROCEEDS").replace("true", "\"yes\"")).post(LOAN)
                .then().statusCode(400).body("violations.field", hasItem("exportBackground"));
    }
}
