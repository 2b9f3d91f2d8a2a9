package org.credo.service.decision;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code POST /api/v1/decisions/retail-import} with a declaration date: the limits in force that day decide
 * (财关税〔2016〕18号 from 2016-04-08: CNY 2,000 / 20,000; 财关税〔2018〕49号 from 2019-01-01: CNY 5,000 / 26,000).
 */
@QuarkusTest
class RetailImportByDateTest {

    private static String order(String value, int items, String declarationDate) {
        return """
                {"orderValueCny": %s, "itemCount": %d, "annualUsedCny": 0, "vatRate": 0.13,
                 "consumptionTaxRate": 0%s}""".formatted(value, items,
                declarationDate == null ? "" : ", \"declarationDate\": \"" + declarationDate + "\"");
    }

    @Test
    void anOrderOfThreeThousandOnTheLastDayOf2018ExceedsThe2016SingleLimit() {
        customs().body(order("3000", 2, "2018-12-31")).post("/api/v1/decisions/retail-import").then()
                .statusCode(200)
                .body("treatment", equalTo("GENERAL_TRADE"))
                .body("taxCny", nullValue())
                .body("reasons.ruleId", hasItem("RI-18-OVER-SINGLE"));
    }

    @Test
    void anOrderOfThreeThousandOnTheFirstDayOf2019IsWithinThe2019Limits() {
        customs().body(order("3000", 2, "2019-01-01")).post("/api/v1/decisions/retail-import").then()
                .statusCode(200)
                .body("treatment", equalTo("CBEC_PREFERENTIAL"))
                .body("taxCny", equalTo(273.0f))
                .body("reasons.ruleId", hasItem("RI-49-PREFERENTIAL"));
    }

    @Test
    void anOrderOfTwoThousandOnTheFirstDayOfThe2016LimitsIsPreferential() {
        customs().body(order("2000", 2, "2016-04-08")).post("/api/v1/decisions/retail-import").then()
                .statusCode(200)
                .body("treatment", equalTo("CBEC_PREFERENTIAL"))
                .body("taxCny", equalTo(182.0f))
                .body("reasons.ruleId", hasItem("RI-18-PREFERENTIAL"));
    }

    @Test
    void anOrderTheDayBeforeThe2016LimitsIsUnprocessableNamingTheDeclarationDate() {
        customs().body(order("2000", 2, "2016-04-07")).post("/api/v1/decisions/retail-import").then()
                .statusCode(422)
                .body("type", equalTo("urn:credo:problem:inadmissible-input"))
                .body("violations[0].field", equalTo("declarationDate"))
                .body("violations[0].message", containsString("RI-ADM-BEFORE"));
    }

    @Test
    void anUndatedOrderIsDecidedOnTodayUnderThe2019LimitsAndRecordsTheDayItUsed() {
        String decisionId = customs().body(order("3000", 2, null)).post("/api/v1/decisions/retail-import").then()
                .statusCode(200)
                .body("treatment", equalTo("CBEC_PREFERENTIAL"))
                .extract().path("decisionId");
        String asOf = auditor().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .extract().path("asOf");
        auditor().get("/api/v1/decisions/" + decisionId).then()
                .body("inputs.declarationDate", equalTo(asOf));
    }

    @Test
    void aDeclarationDateOutsideTheServiceWindowIsABadRequestNamingIt() {
        customs().body(order("3000", 2, "1989-12-31")).post("/api/v1/decisions/retail-import").then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("declarationDate")));
    }
}
