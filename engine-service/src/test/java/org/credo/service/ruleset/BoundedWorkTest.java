package org.credo.service.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import org.credo.core.Bundle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.ruleset.RuleSetCalls.RULESETS;
import static org.credo.service.ruleset.RuleSetCalls.as;
import static org.credo.service.ruleset.RuleSetCalls.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

/**
 * Bounded work (docs/security.md): an author's bundle that loops or hoards memory is checked in a worker JVM that is
 * killed at its deadline, while the service keeps answering; an active rule set's runaway decision is stopped at the
 * decision deadline and answered as a problem, with nothing recorded. The hostile bundles are under
 * {@code attacks/bounded/}.
 */
@QuarkusTest
@TestProfile(BoundedWorkTest.TightLimits.class)
class BoundedWorkTest {
    static final Duration WORKER_DEADLINE = Duration.ofSeconds(20);
    /** A cold JVM's start, the kill and the answer, on a busy two-core machine. */
    static final Duration MARGIN = Duration.ofSeconds(15);
    /** Where the hostile drafts of a simulation put their model, which the stored decision they re-decide used. */
    static final String PATTERN_MATCH = "dmn/pattern-match.dmn";
    /** The rule id of a DRL rule of the shipped bundle, which a version's page lists in its DRL rules. */
    static final String SHIPPED_DRL_RULE = "CC-251-REGIME";

    /** Shorter limits than the defaults, so that the hostile bundles meet them quickly. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credo.worker.deadline", WORKER_DEADLINE.toSeconds() + "S",
                    "credo.worker.max-concurrent", "1",
                    "credo.worker.queue-wait", "1S",
                    "credo.evaluation.deadline", "1S",
                    "quarkus.http.test-timeout", "90S");
        }
    }

    @Test
    void anInvariantThatRecursesWithoutEndIsRefusedAtTheDeadlineWhileTheServiceKeepsAnswering() {
        long started = System.nanoTime();
        CompletableFuture<Response> hostile = CompletableFuture.supplyAsync(
                () -> upload("author", attack("recursive-bkm-invariant")));
        var healthMillis = new ArrayList<Double>();
        boolean sawWorker = false;
        boolean sawBusy = false;
        while (!hostile.isDone()) {
            healthMillis.add(healthAndADecision());
            sawWorker |= !workers().isEmpty();
            if (sawWorker && !sawBusy && !hostile.isDone()) {
                Response second = upload("author2", Bundles.tiny((int) (System.nanoTime() & 0x3fffffff)));
                if (second.statusCode() == 503) {
                    second.then().header("Retry-After", String.valueOf(WORKER_DEADLINE.toSeconds()))
                            .body("type", equalTo("urn:credo:problem:worker-busy"));
                    sawBusy = true;
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        hostile.join().then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:validation-timeout"))
                .body("detail", containsString(WORKER_DEADLINE.toSeconds() + " s (credo.worker.deadline)"))
                .body("problems[0].code", equalTo("VALIDATION_TIMEOUT"));
        assertThat(took).isLessThan(WORKER_DEADLINE.plus(MARGIN));
        assertThat(sawWorker).as("the check ran in a worker process").isTrue();
        assertThat(sawBusy).as("a second upload meanwhile found every worker busy").isTrue();
        assertThat(workers()).as("no worker left running").isEmpty();
        assertThat(healthMillis).isNotEmpty();
        System.out.printf("bounded work: health p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d checks during a %d s "
                        + "hostile upload%n", percentile(healthMillis, 50), percentile(healthMillis, 99),
                Collections.max(healthMillis), healthMillis.size(), took.toSeconds());
    }

    @Test
    void anInvariantThatNeedsMoreThanTheWorkersHeapIsRefusedAsTooCostly() {
        upload("author", attack("string-doubling-invariant")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:bundle-too-costly"))
                .body("detail", containsString("heap of 512m (credo.worker.max-heap)"))
                .body("problems[0].code", equalTo("MEMORY_LIMIT"));
        assertThat(workers()).isEmpty();
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aScenarioThatRunsAwayIsRefusedAtTheDeadlineAndTheVersionStaysADraft() {
        String version = upload("author", attack("recursive-bkm-scenario")).then().statusCode(oneOf(200, 201))
                .extract().path("version");
        long started = System.nanoTime();

        RuleSetCalls.post("author", version, "test").then().statusCode(422)
                .body("type", equalTo("urn:credo:problem:validation-timeout"))
                .body("version", equalTo(version));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WORKER_DEADLINE.plus(MARGIN));
        assertThat(workers()).isEmpty();
        assertThat(RuleSetCalls.state(version)).isEqualTo("DRAFT");
    }

    @Test
    void aDraftsSimulationThatBacktracksWithoutEndIsKilledAtTheDeadlineNamingTheDecisionWhileTheServiceAnswers() {
        StoredDecision decision = patternMatchDecision();
        String draft = upload("author", shippedWith(PATTERN_MATCH, "attacks/bounded/simulation/backtracking-match.dmn"))
                .then().statusCode(oneOf(200, 201)).extract().path("version");
        long started = System.nanoTime();
        CompletableFuture<Response> hostile = CompletableFuture.supplyAsync(() -> simulate(draft, decision));
        var healthMillis = new ArrayList<Double>();
        boolean sawWorker = false;
        while (!hostile.isDone()) {
            healthMillis.add(healthAndADecision());
            sawWorker |= !workers().isEmpty();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        hostile.join().then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:validation-timeout"))
                .body("version", equalTo(draft))
                .body("detail", containsString("re-deciding stored decision " + decision.id()))
                .body("detail", containsString(WORKER_DEADLINE.toSeconds() + " s (credo.worker.deadline)"))
                .body("problems[0].code", equalTo("VALIDATION_TIMEOUT"));
        // the worker's compile and each re-decision have the deadline apiece; this decision took all of its own
        assertThat(took).isGreaterThanOrEqualTo(WORKER_DEADLINE)
                .isLessThan(WORKER_DEADLINE.multipliedBy(2).plus(MARGIN));
        assertThat(sawWorker).as("the simulation ran in a worker process").isTrue();
        assertThat(workers()).as("no worker left running").isEmpty();
        assertThat(RuleSetCalls.state(draft)).isEqualTo("DRAFT");
        assertThat(compiledInTheService(draft)).isFalse();
        System.out.printf("bounded work: health p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d checks during a %d s "
                        + "hostile simulation%n", percentile(healthMillis, 50), percentile(healthMillis, 99),
                Collections.max(healthMillis), healthMillis.size(), took.toSeconds());
    }

    @Test
    void aDraftsSimulationThatNeedsMoreThanTheWorkersHeapIsRefusedAsTooCostlyNamingTheDecision() {
        StoredDecision decision = patternMatchDecision();
        String draft = upload("author", shippedWith(PATTERN_MATCH, "attacks/bounded/simulation/doubling-match.dmn"))
                .then().statusCode(oneOf(200, 201)).extract().path("version");

        simulate(draft, decision).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:credo:problem:bundle-too-costly"))
                .body("detail", containsString("re-deciding stored decision " + decision.id()))
                .body("detail", containsString("heap of 512m (credo.worker.max-heap)"))
                .body("problems[0].code", equalTo("MEMORY_LIMIT"));
        assertThat(workers()).isEmpty();
        assertThat(compiledInTheService(draft)).isFalse();
        advancePayment().then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aHostileDraftsConsolePageShowsItsTablesAndRulesWithoutCompilingItInTheService() {
        String draft = upload("author", shippedWith(PATTERN_MATCH, "attacks/bounded/simulation/backtracking-match.dmn"))
                .then().statusCode(oneOf(200, 201)).extract().path("version");
        var cookies = new CookieFilter();
        RestAssured.given().filter(cookies).redirects().follow(false).formParam("j_username", "author")
                .formParam("j_password", "author").post("/j_security_check").then().statusCode(302);

        RestAssured.given().filter(cookies).get("/console/rulesets/" + draft).then().statusCode(200)
                .body(containsString(PATTERN_MATCH))
                .body(containsString(SHIPPED_DRL_RULE));
        assertThat(compiledInTheService(draft)).isFalse();
        assertThat(workers()).isEmpty();
    }

    /** A stored decision: its id and when it was decided. */
    private record StoredDecision(String id, Instant decidedAt) {
    }

    /**
     * A stored decision of the "Pattern Match" model ({@code n = 10}), decided by an approved version that holds the
     * harmless model, active for that decision alone: the record a hostile draft of the same model re-decides.
     */
    private static StoredDecision patternMatchDecision() {
        String baseline = RuleSetCalls.active();
        RuleSetCalls.activate(RuleSetCalls.approved(shippedWith(PATTERN_MATCH,
                "attacks/bounded/simulation/pattern-match.dmn")));
        try {
            var answer = as("customs").contentType("application/json").body("{\"n\": 10}")
                    .post("/api/v1/models/Pattern Match/evaluate").then().statusCode(200)
                    .body("results.Matched", equalTo(true)).extract().jsonPath();
            return new StoredDecision(answer.getString("decisionId"), Instant.parse(answer.getString("decidedAt")));
        } finally {
            RuleSetCalls.restore(baseline);
        }
    }

    /** Simulates the draft over the moment the one stored decision was decided, waiting for the report. */
    private static Response simulate(String draft, StoredDecision decision) {
        return as("author").queryParam("from", decision.decidedAt().toString())
                .queryParam("to", decision.decidedAt().plusMillis(1).toString())
                .post(RULESETS + "/" + draft + "/simulate");
    }

    /** Whether the service's JVM holds the version compiled. */
    private static boolean compiledInTheService(String version) {
        return as("auditor").get(RULESETS + "/" + version).then().statusCode(200).extract().path("compiled");
    }

    @Test
    void anActiveRuleSetsRunawayDecisionAnswersEvaluationTimeoutRecordsNothingAndTheNextDecisionWorks() {
        String baseline = RuleSetCalls.active();
        String version = RuleSetCalls.approved(shippedWith("dmn/runaway-fibonacci.dmn",
                "attacks/bounded/runaway-model/fibonacci.dmn"));
        RuleSetCalls.activate(version);
        try {
            long started = System.nanoTime();
            runaway(40).then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("urn:credo:problem:evaluation-timeout"))
                    .body("detail", containsString("deadline of 1000 ms"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(recordedRunaways()).isZero();

            advancePayment().then().statusCode(200);
            runaway(10).then().statusCode(200).body("results.Fibonacci.value", equalTo(55));
            assertThat(recordedRunaways()).isEqualTo(1);
        } finally {
            RuleSetCalls.restore(baseline);
        }
    }

    @Test
    void anActiveRuleThatReFiresItselfIsStoppedRecordsNothingAndOtherDecisionsGoOn() {
        String baseline = RuleSetCalls.active();
        String version = RuleSetCalls.approved(shippedWith("rules/spin.drl",
                "attacks/bounded/runaway-rule/spin.drl"));
        RuleSetCalls.activate(version);
        try {
            long started = System.nanoTime();
            Response stopped = credit(987_654_321L);
            stopped.then().contentType("application/problem+json").statusCode(oneOf(503, 422));
            assertThat(stopped.<String>path("type")).isIn("urn:credo:problem:evaluation-timeout",
                    "urn:credo:problem:evaluation-failed");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(recorded("credit-classification")).isZero();

            credit(10_000L).then().statusCode(200).body("creditClass", notNullValue());
            advancePayment().then().statusCode(200);
            RestAssured.given().get("/q/health/ready").then().statusCode(200);
            assertThat(recorded("credit-classification")).isEqualTo(1);
        } finally {
            RuleSetCalls.restore(baseline);
        }
    }

    private static Response credit(long documents) {
        return as("customs").contentType("application/json").body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": false,
                 "priorYearDocumentCount": %d, "asOf": "2026-06-30", "events": []}""".formatted(documents))
                .post("/api/v1/decisions/credit-classification");
    }

    private static Response runaway(int n) {
        return as("customs").contentType("application/json").body("{\"n\": " + n + "}")
                .post("/api/v1/models/Runaway Fibonacci/evaluate");
    }

    private static int recordedRunaways() {
        return recorded("model:Runaway Fibonacci");
    }

    /** The stored decisions of a type decided by the active version. */
    private static int recorded(String type) {
        return as("auditor").queryParam("type", type).queryParam("rulesetVersion", RuleSetCalls.active())
                .get("/api/v1/decisions").then().statusCode(200).extract().path("total");
    }

    /** One health check, answered 200 (its latency in ms), and one decision answered 200. */
    private static double healthAndADecision() {
        long asked = System.nanoTime();
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        double millis = (System.nanoTime() - asked) / 1e6;
        advancePayment().then().statusCode(200);
        return millis;
    }

    private static Response advancePayment() {
        return as("customs").contentType("application/json")
                .body("{\"advancerKind\": \"LOGISTICS\", \"affiliated\": true, \"termMonths\": 11}")
                .post("/api/v1/decisions/fx-advance-payment");
    }

    /** The shipped bundle with one hostile file added at {@code path} (a fresh version per test run). */
    private static byte[] shippedWith(String path, String resource) {
        return Bundles.shippedWith(path, Bundles.resource(resource));
    }

    private static byte[] attack(String name) {
        return Bundle.fromClasspath(BoundedWorkTest.class.getClassLoader(), "attacks/bounded/" + name).toZip();
    }

    /** The draft workers this JVM (which runs the service) has running now. */
    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(DraftWorker.MARKER)).toList();
    }

    private static double percentile(List<Double> values, int percentile) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
