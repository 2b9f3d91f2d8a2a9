package org.credo.service.config;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.newEnterprise;
import static org.hamcrest.Matchers.equalTo;

/**
 * An undated decision is decided on the zone's day: at 2026-01-01 00:30 in Asia/Shanghai (2025-12-31T16:30Z, still
 * 2025-12-31 on a UTC host) the service decides under 2026-01-01's rules.
 */
@QuarkusTest
@TestProfile(FixedZoneClock.Profile.class)
class ZoneDayTest {

    @Test
    void theClockReadsNewYearsDayInTheZoneWhileUtcIsStillOnNewYearsEve() {
        assertThat(LocalDate.ofInstant(FixedZoneClock.NOW, ZoneOffset.UTC)).isEqualTo("2025-12-31");
    }

    @Test
    void anUndatedCreditClassificationIsDecidedOnAndRecordsTheZonesDay() {
        String decisionId = customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 10000,
                 "events": [{"eventId": "E1", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-01-01",
                             "amountCny": 1000.00, "dueDate": null, "paidOn": null, "subjectiveIntent": true}]}""")
                .post("/api/v1/decisions/credit-classification").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"))
                .extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().body("asOf", equalTo("2026-01-01"))
                .body("inputs.asOf", equalTo("2026-01-01"));
    }

    @Test
    void anUndatedRetailImportAndRegistryCreditTakeTheZonesDay() {
        String decisionId = customs().body("""
                {"orderValueCny": 100, "itemCount": 1, "annualUsedCny": 0, "vatRate": 0.13,
                 "consumptionTaxRate": 0}""")
                .post("/api/v1/decisions/retail-import").then().statusCode(200).extract().path("decisionId");
        auditor().get("/api/v1/decisions/" + decisionId).then().body("asOf", equalTo("2026-01-01"));

        String enterprise = newEnterprise();
        customs().body("""
                {"name": "New Year Exports", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": 10000}""").put("/api/v1/enterprises/" + enterprise).then().statusCode(200);
        customs().body("""
                {"eventId": "%s", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-01-01",
                 "amountCny": 1000.00}""".formatted(enterprise + "-E1"))
                .post("/api/v1/enterprises/" + enterprise + "/events").then().statusCode(201);
        customs().get("/api/v1/enterprises/" + enterprise + "/credit").then().statusCode(200)
                .body("creditClass", equalTo("DISHONEST"));
    }
}
