package org.credo.service.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.credo.service.Api;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Simulation bounds (docs/security.md, "Bounded work"): at most a number of decisions, and a total deadline. */
@QuarkusTest
@TestProfile(SimulationBoundsTest.TinyLimits.class)
class SimulationBoundsTest {
    static final int MAX_DECISIONS = 3;

    /** A limit of three decisions and a deadline that passes as soon as the first decision is re-decided. */
    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credo.simulation.max-decisions", String.valueOf(MAX_DECISIONS),
                    "credo.simulation.deadline", "PT0.000000001S");
        }
    }

    private static String decisionsSince(Instant from, int count) {
        for (int i = 0; i < count; i++) {
            Decisions.inspect(Api.unique("bounded")).then().statusCode(200);
        }
        return "simulate?from=" + from + "&to=" + Instant.now().plusMillis(1);
    }

    @Test
    void aRangeHoldingMoreDecisionsThanTheLimitIsRefusedSayingHowMany() {
        String range = decisionsSince(Instant.now().truncatedTo(ChronoUnit.MILLIS), MAX_DECISIONS + 1);
        post("auditor", RuleSetCalls.active(), range).then().statusCode(400)
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", containsString("holds " + (MAX_DECISIONS + 1) + " decisions"))
                .body("violations[0].message", containsString("narrow the range"));
    }

    @Test
    void aSimulationPastItsDeadlineAnswersTheReportSoFarAsIncomplete() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String range = decisionsSince(from, 2);
        var report = post("auditor", RuleSetCalls.active(), range).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("decisions", equalTo(1))
                .extract().jsonPath();
        Instant stoppedAt = Instant.parse(report.getString("stoppedAt"));
        assertThat(stoppedAt).isAfterOrEqualTo(from).isBefore(Instant.parse(report.getString("to")));
    }
}
