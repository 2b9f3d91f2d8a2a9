package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Issue 14 over HTTP: the three corrected answers, certified classes, and inputs that cannot exist (422). */
@QuarkusTest
class RegulatoryFidelityTest {

    private static String export(String mode, String date, boolean registeredInZone) {
        return """
                {"registeredInZone": %s, "platformRecorded": true, "declaredAtZoneCustoms": true,
                 "onCancelledRefundList": false, "hasPurchaseInvoice": false, "customsMode": "%s",
                 "exportDate": "%s", "revenueCny": 100000}""".formatted(registeredInZone, mode, date);
    }

    private static String credit(String asOf, String certification, String events) {
        return """
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 %s "priorYearDocumentCount": 10000, "asOf": "%s", "events": [%s]}"""
                .formatted(certification, asOf, events);
    }

    @Test
    void aB2bExportGetsNeitherTheNoInvoiceExemptionNorTheDeemedProfit() {
        for (String mode : new String[] {"9710", "9810"}) {
            customs().body(export(mode, "2025-06-30", true)).post("/api/v1/decisions/retail-export-tax")
                    .then().statusCode(200)
                    .body("vatExempt", equalTo(false))
                    .body("deemedProfit", equalTo(false))
                    .body("taxableIncomeCny", nullValue())
                    .body("reasons.ruleId", hasItem("RET-103-B2B"));
        }
    }

    @Test
    void restorationOnApplicationIsTheLaterOfDesignationPlusThreeMonthsAndThePayment() {
        customs().body(credit("2025-01-31", "", """
                {"eventId": "E1", "type": "TAX_UNPAID", "occurredOn": "2024-01-10", "amountCny": 50000,
                 "dueDate": "2024-01-10", "paidOn": "2024-12-02", "subjectiveIntent": true}"""))
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .body("restoration.onApplicationFrom", equalTo("2024-12-02"));
        customs().body(credit("2025-01-31", "", """
                {"eventId": "E1", "type": "TAX_UNPAID", "occurredOn": "2024-01-10", "amountCny": 50000,
                 "dueDate": "2024-01-10", "paidOn": "2024-05-02", "subjectiveIntent": true}"""))
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .body("restoration.onApplicationFrom", equalTo("2024-07-11"));
    }

    private static String retailImport(String value, String tariff) {
        return """
                {"orderValueCny": %s, "itemCount": 1, "annualUsedCny": 0, "vatRate": 0.13,
                 "consumptionTaxRate": 0.15 %s}"""
                .formatted(value, tariff == null ? "" : ", \"tariffRate\": " + tariff);
    }

    @Test
    void aSingleItemBelowTwentySixThousandPaysDutyConsumptionTaxAndVatOnTheirBases() {
        // duty 600; consumption tax and VAT on (6,000 + 600) / 0.85 = 7,764.71: 1,164.71 + 1,009.41; total 2,774.12
        customs().body(retailImport("6000", "0.1")).post("/api/v1/decisions/retail-import").then().statusCode(200)
                .body("treatment", equalTo("CBEC_FULL_TAX"))
                .body("taxCny", equalTo(2774.12f));
        customs().body(retailImport("25999.99", "0.1")).post("/api/v1/decisions/retail-import").then()
                .statusCode(200).body("treatment", equalTo("CBEC_FULL_TAX"));
    }

    @Test
    void aSingleItemOfExactlyTwentySixThousandIsGeneralTrade() {
        customs().body(retailImport("26000", "0.1")).post("/api/v1/decisions/retail-import").then().statusCode(200)
                .body("treatment", equalTo("GENERAL_TRADE"))
                .body("taxCny", nullValue())
                .body("reasons.ruleId", hasItem("RI-49-SINGLE-ITEM-AT-LIMIT"));
    }

    @Test
    void aFullTaxItemWithoutItsTariffRateIsUnprocessableNamingTariffRate() {
        customs().body(retailImport("6000", null)).post("/api/v1/decisions/retail-import").then().statusCode(422)
                .body("type", equalTo("urn:credo:problem:inadmissible-input"))
                .body("violations[0].field", equalTo("tariffRate"))
                .body("violations[0].message", containsString("RI-ADM-TARIFF"));
        customs().body(retailImport("4000", null)).post("/api/v1/decisions/retail-import").then().statusCode(200)
                .body("treatment", equalTo("CBEC_PREFERENTIAL"));
    }

    @Test
    void generalCertificationGivesGeneralCertifiedUnder237CertifiedUnder282AndRegularUnder251() {
        String certified = "\"generalCertified\": true,";
        customs().body(credit("2020-06-30", certified, "")).post("/api/v1/decisions/credit-classification")
                .then().statusCode(200).body("creditClass", equalTo("GENERAL_CERTIFIED"));
        customs().body(credit("2025-06-30", certified, "")).post("/api/v1/decisions/credit-classification")
                .then().statusCode(200).body("creditClass", equalTo("REGULAR"));
        customs().body(credit("2026-06-30", certified, "")).post("/api/v1/decisions/credit-classification")
                .then().statusCode(200).body("creditClass", equalTo("CERTIFIED"));
        customs().body(credit("2020-06-30", "", "")).post("/api/v1/decisions/credit-classification")
                .then().statusCode(200).body("creditClass", equalTo("GENERAL_CREDIT"));
    }

    @Test
    void theRegistryKeepsGeneralCertificationAndClassifiesWithIt() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Certified Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "generalCertified": true, "priorYearDocumentCount": 10000}""")
                .put("/api/v1/enterprises/" + enterprise).then().statusCode(200)
                .body("generalCertified", equalTo(true));
        customs().get("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-06-30").then().statusCode(200)
                .body("creditClass", equalTo("CERTIFIED"));
        customs().get("/api/v1/enterprises/" + enterprise + "/credit?asOf=2021-06-30").then().statusCode(200)
                .body("creditClass", equalTo("GENERAL_CERTIFIED"));
        customs().body("""
                {"name": "Certified Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 10000}""")
                .put("/api/v1/enterprises/" + enterprise).then().statusCode(200)
                .body("generalCertified", equalTo(false));
        customs().get("/api/v1/enterprises/" + enterprise + "/credit?asOf=2026-06-30").then().statusCode(200)
                .body("creditClass", equalTo("REGULAR"));
    }

    @Test
    void aCertifiedEnterpriseInTheRegistryKeepsItsLowerInspectionRate() {
        String enterprise = newEnterprise();
        customs().body("""
                {"name": "Certified Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "generalCertified": true, "priorYearDocumentCount": 10000}""")
                .put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        customs().body(inspection(unique("DECL-CERT"), enterprise, "2026-06-30").replace("9710", "0110"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("CERTIFIED"))
                .body("regularRate", equalTo(0.05f))
                .body("inspectionRate", equalTo(0.025f));
    }

    @Test
    void anExportUnderTheImportOnlyMode1239IsUnprocessable() {
        customs().body(export("1239", "2025-06-30", true)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(422)
                .body("violations[0].field", equalTo("customsMode"))
                .body("violations[0].message", containsString("RET-ADM-1239"));
        customs().body(inspection(unique("DECL-1239"), newEnterprise(), "2025-06-30").replace("9710", "1239"))
                .post("/api/v1/decisions/inspection").then().statusCode(422)
                .body("violations[0].field", equalTo("customsMode"))
                .body("violations[0].message", containsString("INS-ADM-1239"));
    }

    @Test
    void b2bModesBeforeTheirFirstDay20200701AreUnprocessable() {
        customs().body(export("9710", "2020-06-30", true)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(422).body("violations[0].message", containsString("GACC announcement 2020 No. 75"));
        customs().body(export("9810", "2020-07-01", true)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(200);
        customs().body(inspection(unique("DECL-9710"), newEnterprise(), "2020-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(422)
                .body("violations[0].message", containsString("INS-ADM-B2B-BEFORE"));
        customs().body(inspection(unique("DECL-9710"), newEnterprise(), "2020-07-01"))
                .post("/api/v1/decisions/inspection").then().statusCode(200);
    }

    @Test
    void registrationInTheZoneBeforeItsApprovalIsUnprocessable() {
        customs().body(export("9610", "2020-04-26", true)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(422)
                .body("violations[0].field", equalTo("registeredInZone"))
                .body("violations[0].message", containsString("国函〔2020〕47号"));
        customs().body(export("9610", "2020-04-27", true)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(200).body("vatExempt", equalTo(true));
        customs().body(export("9610", "2020-04-26", false)).post("/api/v1/decisions/retail-export-tax").then()
                .statusCode(200).body("vatExempt", equalTo(false));
    }

    @Test
    void anEnterpriseTheRegistryDoesNotKnowIsPresumedHonestAndGetsTheB2bPilotMeasure() {
        customs().body(inspection(unique("DECL-UNKNOWN"), newEnterprise(), "2025-06-30"))
                .post("/api/v1/decisions/inspection").then().statusCode(200)
                .body("creditClass", equalTo("REGULAR"))
                .body("reasons[0].ruleId", equalTo("CREDO-REGISTRY-UNKNOWN"))
                .body("reasons.ruleId", hasItem("INS-PILOT-B2B"));
    }
}
