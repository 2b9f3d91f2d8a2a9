package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.credo.service.Api;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

/**
 * Simulation as a background job (docs/api.md, "Simulation jobs"; docs/security.md, "Bounded work"): started with
 * 202 and a Location, read with its progress, ended with the report the synchronous endpoint answers, cancelled, and
 * limited to one running simulation per instance (the default {@code credo.simulation.max-concurrent}).
 */
@QuarkusTest
class SimulationJobTest {
    /** Re-decisions of the slow variant each run into the decision deadline (2 s by default). */
    private static final int SLOW_DECISIONS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aFinishedJobShowsFullProgressAndTheReportTheSynchronousEndpointAnswersForTheSameRange() {
        String version = RuleSetCalls.active();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 3; i++) {
            Decisions.inspect(Api.unique("job")).then().statusCode(200);
        }
        String range = "?from=" + from + "&to=" + Instant.now().plusMillis(1);

        Response started = start("auditor", version, range);
        started.then().statusCode(202).body("version", equalTo(version)).body("progress.total", equalTo(3))
                .body("startedBy", equalTo("auditor"));
        String location = started.header("Location");
        assertThat(location).endsWith("/api/v1/simulations/" + started.<String>path("id"));
        JsonPath done = awaitEnded(location);

        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getInt("progress.decided")).isEqualTo(3);
        assertThat(done.getString("endedAt")).isNotNull();
        JsonNode report = Decisions.json(as("auditor").get(location).then().extract().response()).path("report");
        JsonNode synchronous = Decisions.json(RuleSetCalls.post("auditor", version, "simulate" + range).then()
                .statusCode(200).extract().response());
        assertThat(report).isEqualTo(synchronous);
        assertThat(report.path("decisions").asLong()).isEqualTo(3);
        assertThat(report.path("complete").asBoolean()).isTrue();
    }

    @Test
    void aRunningJobShowsProgressKeepsOthersOutWithBusyAndStopsWhenCancelled() {
        String baseline = RuleSetCalls.active();
        Instant from = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String fast = RuleSetCalls.approved(Bundles.shippedWith("dmn/runaway-fibonacci.dmn", fibonacci("fib(n)")));
        RuleSetCalls.activate(fast);
        try {
            for (int i = 0; i < SLOW_DECISIONS; i++) {
                as("customs").contentType("application/json").body("{\"n\": 10}")
                        .post("/api/v1/models/Runaway Fibonacci/evaluate").then().statusCode(200);
            }
        } finally {
            RuleSetCalls.restore(baseline);
        }
        String range = "?from=" + from + "&to=" + Instant.now().plusMillis(1);
        String slow = RuleSetCalls.uploaded(Bundles.shippedWith("dmn/runaway-fibonacci.dmn",
                fibonacci("fib(n + 30)")));

        Response started = start("author", slow, range);
        started.then().statusCode(202).body("ended", equalTo(false))
                .body("status", oneOf("queued", "running"))
                .body("progress.total", equalTo(SLOW_DECISIONS));
        String location = started.header("Location");
        await().atMost(PATIENCE).until(() -> as("author").get(location).path("progress.decided"),
                decided -> ((Integer) decided) >= 1);
        as("auditor").get(location).then().statusCode(200).body("status", equalTo("running"))
                .body("ended", equalTo(false)).body("progress.decided", lessThan(SLOW_DECISIONS));

        start("auditor", baseline, range).then().statusCode(503).header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:simulation-busy"));
        RuleSetCalls.post("auditor", baseline, "simulate" + range).then().statusCode(503)
                .body("type", equalTo("urn:credo:problem:simulation-busy"));

        as("author").delete(location).then().statusCode(oneOf(200, 202));
        JsonPath cancelled = awaitEnded(location);
        assertThat(cancelled.getString("status")).isEqualTo("cancelled");
        assertThat(cancelled.getBoolean("report.complete")).isFalse();
        assertThat(cancelled.getInt("report.decisions")).isLessThan(SLOW_DECISIONS)
                .isEqualTo(cancelled.getInt("report.failed"));
        assertThat(cancelled.getString("report.failures[0].message")).contains("deadline");

        String next = start("auditor", baseline, range).then().statusCode(202).extract().header("Location");
        assertThat(awaitEnded(next).getString("status")).isEqualTo("done");
    }

    @Test
    void anUnknownSimulationIsNotFoundAsProblemJson() {
        for (Response answer : new Response[] {as("auditor").get("/api/v1/simulations/no-such-job"),
                as("auditor").delete("/api/v1/simulations/no-such-job")}) {
            answer.then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("no-such-job"));
        }
    }

    @Test
    void onlyAuthorsAndAuditorsStartReadOrCancelSimulations() {
        String version = RuleSetCalls.active();
        start("customs", version, "").then().statusCode(403);
        start("approver", version, "").then().statusCode(403);
        as("customs").get("/api/v1/simulations/any").then().statusCode(403);
        as("customs").delete("/api/v1/simulations/any").then().statusCode(403);
    }

    @Test
    void aJobsRangeIsCheckedBeforeItStarts() {
        start("auditor", RuleSetCalls.active(), "?from=2020-01-01&to=2026-01-01").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        start("auditor", "no-such-version", "").then().statusCode(404)
                .body("type", startsWith("urn:credo:problem:"));
    }

    private static Response start(String user, String version, String range) {
        return as(user).post(RULESETS + "/" + version + "/simulations" + range);
    }

    private static JsonPath awaitEnded(String location) {
        await().atMost(PATIENCE).until(() -> as("auditor").get(location).<Boolean>path("ended"));
        return as("auditor").get(location).then().statusCode(200).extract().jsonPath();
    }

    /** The bounded-work Fibonacci model with its decision's expression replaced. */
    private static byte[] fibonacci(String expression) {
        String dmn = new String(Bundles.resource("attacks/bounded/runaway-model/fibonacci.dmn"),
                StandardCharsets.UTF_8);
        String decided = "<text>fib(n)</text>";
        if (!dmn.contains(decided)) {
            throw new IllegalStateException("the Fibonacci model no longer decides " + decided);
        }
        return dmn.replace(decided, "<text>" + expression + "</text>").getBytes(StandardCharsets.UTF_8);
    }
}
