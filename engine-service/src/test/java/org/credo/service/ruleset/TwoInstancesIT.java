package org.credo.service.ruleset;

import org.credo.verifier.Checkpoint;
import org.credo.verifier.ConsistencyProof;
import org.credo.verifier.LogKey;
import org.credo.verifier.ProofException;
import org.credo.verifier.SignedCheckpoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two instances of the packaged service (the fast-jar, run as child processes on loopback ports) on one database:
 * an activation through either is in force on the other within seconds, rollback included; and both append to one
 * verifiable log under load without a failed decision (one instance alone, then both, for throughput). Runs under
 * failsafe ({@code mvn verify}), after packaging: on one H2 database file the two processes share through H2's
 * automatic mixed mode; and, with {@code -Dcredo.test.db=postgresql} and a jar packaged for production
 * ({@code -Dquarkus.profile=production}), on the PostgreSQL of {@code credo.test.jdbc-url} (127.0.0.1:5432/credo)
 * with JWT bearer tokens and a log key file.
 */
class TwoInstancesIT {
    /** Well within "a few seconds": the instances poll the active row every second. */
    private static final Duration PROPAGATION = Duration.ofSeconds(10);
    private static final Duration START = Duration.ofMinutes(5);
    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(15);

    static Path quarkusApp() {
        String location = System.getProperty("credo.quarkus-app");
        Assumptions.assumeTrue(location != null, "skipped: this test runs under failsafe (mvn verify), after the "
                + "service is packaged; -Dtest alone runs it in surefire, without the packaged jar");
        Path app = Path.of(location);
        assertThat(app.resolve("quarkus-run.jar")).as("the packaged service").exists();
        return app;
    }

    @Test
    void onOneSharedH2DatabaseActivationsPropagateAndBothInstancesAppendToOneLog() throws Exception {
        Path app = quarkusApp();
        String kind = packagedDatabaseKind(app);
        Assumptions.assumeTrue("h2".equals(kind), "skipped: the packaged jar was built for database kind '" + kind
                + "', not for the embedded default's H2");
        Path dir = Files.createTempDirectory(app.getParent(), "two-instances-");
        String url = "jdbc:h2:file:" + dir.resolve("credo").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        activationsPropagate(app, dir, Map.of("credo.data-dir", dir.toString(), "quarkus.datasource.jdbc.url", url),
                null);
    }

    @Test
    void onPostgreSqlActivationsPropagateAndBothInstancesAppendToOneLog() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("credo.test.db")),
                "skipped: the PostgreSQL variant runs with -Dcredo.test.db=postgresql");
        Path app = quarkusApp();
        String kind = packagedDatabaseKind(app);
        Assumptions.assumeTrue("postgresql".equals(kind), "skipped: the packaged jar was built for database kind '"
                + kind + "' (Quarkus fixes it at build time); package with -Dquarkus.profile=production to run "
                + "two instances on PostgreSQL (see docs/operations.md)");
        Path dir = Files.createTempDirectory(app.getParent(), "two-instances-pg-");
        var issuer = new TestIssuer(dir);
        // the service suite may have left its test-only migration in this database
        String database = System.getProperty("credo.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/credo");
        activationsPropagate(app, dir, Map.of("quarkus.profile", "production",
                "quarkus.flyway.validate-on-migrate", "false",
                "CREDO_DB_URL", database, "CREDO_DB_USER", "credo",
                "CREDO_DB_PASSWORD", "credo", "CREDO_JWT_PUBLIC_KEY_LOCATION", issuer.publicKey().toString(),
                "CREDO_JWT_ISSUER", TestIssuer.ISSUER, "CREDO_SAMPLING_KEY_ID", "two-instances",
                "CREDO_SAMPLING_KEY", "two-instances-test-key",
                "credo.log.key-file", logKeyFile(dir).toString()), issuer::token);
    }

    private static void activationsPropagate(Path app, Path logs, Map<String, String> configuration,
                                             Function<String, String> bearerTokens) throws Exception {
        var properties = new HashMap<>(configuration);
        properties.put("credo.ruleset.warm-up", "false");
        try (var a = ServiceInstance.start("a", app, logs, properties, bearerTokens, START);
             var b = ServiceInstance.start("b", app, logs, properties, bearerTokens, START)) {
            String before = a.active();
            assertThat(b.active()).as("both start on the stored active version").isEqualTo(before);
            if ("production".equals(configuration.get("quarkus.profile"))) {
                healthAndMetricsAreServedOnTheManagementInterfaceOnly(a);
            }

            byte[] zip = Bundles.tiny(ThreadLocalRandom.current().nextInt(1_000_000_000));
            String version = a.as("author").contentType("application/zip").body(zip).post(RuleSetCalls.RULESETS)
                    .then().statusCode(201).extract().path("version");
            a.as("approver").post(RuleSetCalls.RULESETS + "/" + version + "/approve").then().statusCode(200);
            assertThat(b.await(START, () -> Boolean.TRUE.equals(b.as("auditor")
                    .get(RuleSetCalls.RULESETS + "/" + version).path("compiled"))))
                    .as("the other instance compiles an approved version ahead of its activation").isTrue();

            Duration toB = switchThrough(a, b, version);
            assertThat(b.as("customs").contentType("application/json").body("{}")
                    .post("/api/v1/models/Answer/evaluate").then().statusCode(200).extract()
                    .<String>path("rulesetVersion")).as("a decision on the other instance").isEqualTo(version);
            Duration backToA = switchThrough(b, a, before);

            assertThat(a.active()).isEqualTo(before);
            assertThat(b.active()).isEqualTo(before);
            System.out.printf("activation propagated in %d ms (a to b) and %d ms (b to a, the rollback)%n",
                    toB.toMillis(), backToA.toMillis());
            appendToOneLog(a, b);
        }
    }

    /** Production: the public port serves neither metrics nor health; the management interface serves both. */
    private static void healthAndMetricsAreServedOnTheManagementInterfaceOnly(ServiceInstance instance) {
        instance.as("auditor").get("/q/metrics").then().statusCode(404);
        instance.as("auditor").get("/q/health/ready").then().statusCode(404);
        instance.management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(instance.management().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("credo_ruleset_active");
    }

    /**
     * Decides under load through one instance, then through both: every decision is answered 2xx, and the records
     * form one tree whose checkpoints both instances serve alike, that extends the checkpoint from before the load
     * and that verifies record by record.
     */
    private static void appendToOneLog(ServiceInstance a, ServiceInstance b) throws Exception {
        String verifierKey = a.as("auditor").get("/api/v1/audit/log-key").then().statusCode(200).extract().asString();
        assertThat(b.as("auditor").get("/api/v1/audit/log-key").then().extract().asString()).isEqualTo(verifierKey);
        LogKey key = LogKey.parse(verifierKey);
        assertThat(a.await(PROPAGATION, () -> a.as("auditor").get("/api/v1/audit/checkpoint").statusCode() == 200))
                .as("a checkpoint of the decisions so far").isTrue();
        Checkpoint before = checkpoint(a, key);

        var load = new ConcurrentDecisions();
        ConcurrentDecisions.Outcome one = load.run(List.of(a), CLIENTS, LOAD);
        ConcurrentDecisions.Outcome two = load.run(List.of(a, b), CLIENTS, LOAD);
        System.out.printf("%d clients, one instance: %d decisions in %d ms = %.0f/s; two instances: %d in %d ms = "
                        + "%.0f/s; non-2xx: %d and %d%n", CLIENTS, one.ok(), one.elapsed().toMillis(), one.perSecond(),
                two.ok(), two.elapsed().toMillis(), two.perSecond(), one.failed(), two.failed());
        assertThat(one.failed()).as("non-2xx through one instance: %s", one.failures()).isZero();
        assertThat(two.failed()).as("non-2xx through two instances: %s", two.failures()).isZero();

        long stored = a.as("auditor").queryParam("size", 1).get("/api/v1/decisions").then().statusCode(200)
                .extract().<Number>path("total").longValue();
        assertThat(stored).isGreaterThanOrEqualTo(before.size() + one.ok() + two.ok());
        assertThat(b.await(PROPAGATION, () -> checkpoint(b, key).size() == stored))
                .as("a checkpoint of all %d records within %s", stored, PROPAGATION).isTrue();
        String note = b.as("auditor").queryParam("treeSize", stored).get("/api/v1/audit/checkpoint").then()
                .statusCode(200).extract().asString();
        assertThat(a.as("auditor").queryParam("treeSize", stored).get("/api/v1/audit/checkpoint").then()
                .statusCode(200).extract().asString()).as("one checkpoint per size, whoever signed it").isEqualTo(note);
        Checkpoint after = SignedCheckpoint.verify(note, key).checkpoint();
        List<byte[]> proof = a.as("auditor").queryParam("from", before.size()).queryParam("to", after.size())
                .get("/api/v1/audit/consistency").then().statusCode(200).extract().jsonPath()
                .getList("proof", String.class).stream().map(Base64.getDecoder()::decode).toList();
        ConsistencyProof.verify(before.size(), after.size(), before.rootHash(), after.rootHash(), proof);
        b.as("auditor").contentType("text/plain; charset=UTF-8").body(note).post("/api/v1/audit/verify").then()
                .statusCode(200).body("valid", equalTo(true)).body("checked", equalTo((int) stored));
    }

    private static Checkpoint checkpoint(ServiceInstance instance, LogKey key) {
        String note = instance.as("auditor").get("/api/v1/audit/checkpoint").then().statusCode(200).extract()
                .asString();
        try {
            return SignedCheckpoint.verify(note, key).checkpoint();
        } catch (ProofException e) {
            throw new AssertionError("the checkpoint does not verify: " + note, e);
        }
    }

    /** A fresh Ed25519 log key as a PKCS#8 PEM file, as {@code openssl genpkey -algorithm ed25519} writes it. */
    private static Path logKeyFile(Path dir) throws Exception {
        byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        Path file = dir.resolve("log-key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n");
        return file;
    }

    /** Activates through one instance and answers how long the other took to decide with that version. */
    private static Duration switchThrough(ServiceInstance through, ServiceInstance other, String version) {
        through.as("approver").post(RuleSetCalls.RULESETS + "/" + version + "/activate").then().statusCode(200);
        Instant activated = Instant.now();
        assertThat(through.active()).isEqualTo(version);
        assertThat(other.await(PROPAGATION, () -> version.equals(other.active())))
                .as("the other instance decides with %s within %s", version, PROPAGATION).isTrue();
        return Duration.between(activated, Instant.now());
    }

    /** The datasource kind the packaged jar was built with, from its recorded build-time configuration. */
    static String packagedDatabaseKind(Path app) throws IOException {
        try (var jar = new ZipFile(app.resolve("quarkus/generated-bytecode.jar").toFile())) {
            var entry = jar.getEntry("io/quarkus/runtime/generated/BuildTimeRunTimeFixedConfigSourceBuilder.class");
            if (entry == null) {
                return "unknown";
            }
            byte[] bytes = jar.getInputStream(entry).readAllBytes();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int key = text.indexOf("quarkus.datasource.db-kind");
            int tag = key < 0 ? -1 : text.indexOf('\u0001', key);
            if (tag < 0 || tag + 3 > bytes.length) {
                return "unknown";
            }
            int length = ((bytes[tag + 1] & 0xFF) << 8) | (bytes[tag + 2] & 0xFF);
            return text.substring(tag + 3, Math.min(bytes.length, tag + 3 + length));
        }
    }
}
