package org.credo.service.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.credo.service.config.FixedZoneClock;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/**
 * The inspection form offers the zone's day as the declaration date: at 2026-01-01 00:30 in Asia/Shanghai
 * (2025-12-31T16:30Z, still New Year's Eve on a UTC host) it offers 2026-01-01.
 */
@QuarkusTest
@TestProfile(FixedZoneClock.Profile.class)
class DecideFormDayTest {

    @Test
    void theInspectionFormOffersTheZonesDayAsTheDeclarationDate() {
        ConsoleClient.signIn("customs").cookiesOnly().get("/console/decide").then().statusCode(200)
                .body(containsString("id=\"d-declarationDate\" value=\"2026-01-01\""));
    }
}
