package org.credo.benchmarks.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault suite: runs the packaged service under closed-loop inspection load and breaks it the ways production
 * does — SIGKILL (several rounds), SIGTERM, a full disk under the embedded H2, PostgreSQL stopped and started, and a
 * lock held on the audit table — then checks, per scenario, that no decision answered 200 was lost, that nothing
 * answered a 5xx but a 503 with a problem body, that the service recovered without a restart where one is not the
 * cure, and that the audit chain verifies. Prints one summary line per scenario and exits 1 when any failed.
 *
 * <p>usage: {@code FaultSuite <h2 quarkus-app> <production quarkus-app> <work dir> <first port>} (the H2 build
 * listens on the first port, the production build on the next and its management interface on the third); the
 * PostgreSQL scenarios use a throw-away cluster on port 55432 made with the programs in {@code CREDO_PG_BIN} (default
 * /usr/lib/postgresql/15/bin). The disk-full scenario mounts a small tmpfs, so the suite runs as root.
 */
public final class FaultSuite {
    private static final int THREADS = 8;
    private static final int PG_PORT = 55432;
    private static final String COMMIT_TIMEOUT = "3S";

    private final Path h2App;
    private final Path productionApp;
    private final Path work;
    private final int port;
    private final List<Findings> results = new ArrayList<>();

    private FaultSuite(Path h2App, Path productionApp, Path work, int port) {
        this.h2App = h2App;
        this.productionApp = productionApp;
        this.work = work;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: FaultSuite <h2 quarkus-app> <production quarkus-app> <work dir> <first port>");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
        var suite = new FaultSuite(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), work,
                Integer.parseInt(args[3]));
        suite.run();
        suite.results.forEach(f -> System.out.println(f.summary()));
        boolean passed = suite.results.stream().allMatch(Findings::passed);
        System.out.println("fault suite: " + (passed ? "PASS" : "FAIL") + " (" + suite.results.size()
                + " scenarios; service logs under " + work + ")");
        System.exit(passed ? 0 : 1);
    }

    private void run() throws Exception {
        Client h2Client = new Client(port, FaultSuite::basic);
        if ("disk-full".equals(System.getenv("CREDO_FAULTS_ONLY"))) {
            diskFull(h2Client);
            return;
        }
        Path data = Files.createDirectories(work.resolve("h2-data"));
        Service h2 = h2Service(data, "h2.log");
        killed(h2, h2Client, 3);
        terminated(h2, h2Client);
        if ("disk-full".equals(System.getenv("CREDO_FAULTS_SKIP"))) {
            System.out.println("fault disk full, H2: NOT RUN (CREDO_FAULTS_SKIP=disk-full; see docs/operations.md, "
                    + "\"Failure modes\")");
        } else {
            diskFull(h2Client);
        }

        var issuer = new JwtIssuer(work);
        var cluster = new PostgresCluster(Path.of(System.getenv().getOrDefault("CREDO_PG_BIN",
                "/usr/lib/postgresql/15/bin")), work.resolve("pg"), PG_PORT);
        cluster.create();
        try {
            Client pgClient = new Client(port + 1, issuer::authorization);
            Service production = productionService(cluster, issuer);
            // production serves health and metrics on its management interface only, on a port of its own
            production.start(new Client(port + 2, issuer::authorization));
            try {
                databaseRestarted(cluster, pgClient);
                slowDatabase(cluster, pgClient);
            } finally {
                production.signalTerm();
                production.awaitExit();
            }
        } finally {
            cluster.stop();
        }
    }

    /** (a) SIGKILL under load, several rounds: every decision answered before the kill is found after restart. */
    private void killed(Service service, Client client, int rounds) throws Exception {
        var findings = new Findings("kill -9 under load, H2, " + rounds + " rounds");
        var answers = new ArrayList<Answer>();
        service.start(client);
        for (int round = 1; round <= rounds; round++) {
            var load = new ClosedLoad(client, "KILL" + round + "-" + System.currentTimeMillis(), THREADS);
            Thread.sleep(4000);
            service.kill();
            answers.addAll(load.stop());
            service.start(client);
        }
        findings.answersStored(answers, client);
        findings.chainVerifies(client);
        results.add(findings);
    }

    /**
     * (b) SIGTERM under load: readiness goes DOWN while decisions are still answered, requests in flight are answered
     * (200 stored, or 503), and no request went unanswered that the service had stored.
     */
    private void terminated(Service service, Client client) throws Exception {
        var findings = new Findings("SIGTERM under load, H2");
        var load = new ClosedLoad(client, "TERM-" + System.currentTimeMillis(), THREADS);
        Thread.sleep(3000);
        Instant signalled = Instant.now();
        service.signalTerm();
        int readiness;
        do {
            readiness = client.get("/q/health/ready", "auditor").status();
        } while (readiness == 200 && Duration.between(signalled, Instant.now()).toSeconds() < 5);
        findings.require(readiness == 503, "readiness did not go DOWN after SIGTERM (last status " + readiness + ")");
        service.awaitExit();
        Duration stop = Duration.between(signalled, Instant.now());
        List<Answer> answers = load.stop();
        service.start(client);
        findings.answersStored(answers, client);
        int storedButUnanswered = 0;
        for (Answer a : answers) {
            if (!a.answered() && !a.refused()) {
                Answer retry = client.inspect(a.declarationId());
                if (retry.ok() && Instant.parse(retry.decidedAt()).isBefore(signalled)) {
                    storedButUnanswered++;
                }
            }
        }
        findings.require(storedButUnanswered == 0, storedButUnanswered
                + " requests were stored but their connection was dropped without an answer");
        findings.require(stop.toSeconds() <= 15, "the stop took " + stop.toMillis() + " ms");
        findings.figure("readiness DOWN at once, stopped " + stop.toMillis() + " ms after SIGTERM");
        findings.chainVerifies(client);
        service.signalTerm();
        service.awaitExit();
        results.add(findings);
    }

    /** (d) The data directory's filesystem full: 503s, no 500, and decisions again once space is freed. */
    private void diskFull(Client client) throws Exception {
        var findings = new Findings("disk full, H2 on a 48 MB tmpfs");
        Path mount = Files.createDirectories(work.resolve("tmpfs"));
        exec("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mount.toString());
        try {
            Service service = h2Service(mount, "h2-disk-full.log");
            service.start(client);
            var load = new ClosedLoad(client, "FULL-" + System.currentTimeMillis(), THREADS);
            Thread.sleep(2000);
            Path filler = mount.resolve("filler");
            fill(filler);
            Thread.sleep(5000);
            Files.delete(filler);
            Duration recovery = recovery(client, "FULL-RECOVER");
            Thread.sleep(1000);
            List<Answer> answers = load.stop();
            findings.answersStored(answers, client);
            findings.require(answers.stream().anyMatch(Answer::unavailableWithProblem),
                    "no request was answered 503 while the disk was full");
            findings.figure(recovery == null ? "no recovery" : "decisions again " + recovery.toMillis()
                    + " ms after space was freed");
            findings.require(recovery != null, "no decision answered within 30 s of freeing space, without restart");
            findings.chainVerifies(client);
            service.signalTerm();
            service.awaitExit();
        } finally {
            exec("umount", mount.toString());
        }
        results.add(findings);
    }

    /** (c) PostgreSQL stopped for 6 s under load and started again: only 200 or 503, recovery without restart. */
    private void databaseRestarted(PostgresCluster cluster, Client client) throws Exception {
        var findings = new Findings("PostgreSQL stopped 6 s and started under load");
        var load = new ClosedLoad(client, "PGSTOP-" + System.currentTimeMillis(), THREADS);
        Thread.sleep(2000);
        cluster.stop();
        Thread.sleep(6000);
        cluster.start();
        Duration recovery = recovery(client, "PGSTOP-RECOVER");
        Thread.sleep(1000);
        List<Answer> answers = load.stop();
        findings.answersStored(answers, client);
        findings.require(answers.stream().anyMatch(Answer::unavailableWithProblem),
                "no request was answered 503 while PostgreSQL was down");
        findings.require(answers.stream().noneMatch(a -> a.status() == 503 && a.body() != null
                        && a.body().contains("the audit store could not be read")),
                "a failed registry read was answered as an unreadable audit store");
        findings.require(recovery != null, "no decision answered within 30 s of PostgreSQL's start, without restart");
        findings.figure(recovery == null ? "no recovery" : "decisions again " + recovery.toMillis()
                + " ms after PostgreSQL started");
        findings.chainVerifies(client);
        results.add(findings);
    }

    /** (e) A lock held on the audit table for 8 s: 503 after the commit timeout, not hung, then recovery. */
    private void slowDatabase(PostgresCluster cluster, Client client) throws Exception {
        var findings = new Findings("audit table locked 8 s (commit timeout " + COMMIT_TIMEOUT + ")");
        var load = new ClosedLoad(client, "LOCK-" + System.currentTimeMillis(), THREADS);
        Thread.sleep(2000);
        Process lock = cluster.lockAuditTable(8);
        lock.waitFor();
        Duration recovery = recovery(client, "LOCK-RECOVER");
        Thread.sleep(1000);
        List<Answer> answers = load.stop();
        findings.answersStored(answers, client);
        findings.require(answers.stream().anyMatch(Answer::unavailableWithProblem),
                "no request was answered 503 while the audit table was locked");
        long slowest = answers.stream().mapToLong(Answer::millis).max().orElse(0);
        findings.require(slowest < Duration.parse("PT" + COMMIT_TIMEOUT).toMillis() + 5000,
                "a request waited " + slowest + " ms: longer than the commit timeout allows");
        findings.require(recovery != null, "no decision answered within 30 s of the lock's release");
        findings.figure(recovery == null ? "no recovery" : "decisions again " + recovery.toMillis()
                + " ms after the lock was released");
        findings.chainVerifies(client);
        results.add(findings);
    }

    /** How long until a fresh decision is answered 200 (null when not within 30 s). */
    private static Duration recovery(Client client, String label) throws InterruptedException {
        long start = System.nanoTime();
        for (int n = 0; System.nanoTime() - start < Duration.ofSeconds(30).toNanos(); n++) {
            if (client.inspect(label + "-" + System.currentTimeMillis() + "-" + n).ok()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(200);
        }
        return null;
    }

    private Service h2Service(Path data, String log) {
        return new Service(h2App, port, Map.of("credo.data-dir", data.toString(), "credo.audit.commit-timeout",
                COMMIT_TIMEOUT), Map.of(), work.resolve(log));
    }

    private Service productionService(PostgresCluster cluster, JwtIssuer issuer) {
        var environment = new HashMap<String, String>();
        environment.put("CREDO_DB_URL", cluster.jdbcUrl());
        environment.put("CREDO_DB_USER", "credo");
        environment.put("CREDO_DB_PASSWORD", "credo");
        environment.put("CREDO_JWT_PUBLIC_KEY_LOCATION", issuer.publicKey().toString());
        environment.put("CREDO_JWT_ISSUER", JwtIssuer.ISSUER);
        environment.put("CREDO_SAMPLING_KEY_ID", "faults");
        environment.put("CREDO_SAMPLING_KEY", "fault-suite-sampling-key");
        environment.put("CREDO_LOG_KEY", logKeySeed());
        return new Service(productionApp, port + 1, Map.of("quarkus.profile", "production",
                "credo.audit.commit-timeout", COMMIT_TIMEOUT, "quarkus.management.host", "127.0.0.1",
                "quarkus.management.port", String.valueOf(port + 2)), environment, work.resolve("production.log"));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
    }

    /** A fresh Ed25519 seed for the production build's log key, which it refuses to start without. */
    private static String logKeySeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return Base64.getEncoder().encodeToString(seed);
    }

    /** Writes zeros until the filesystem is full. */
    private static void fill(Path file) {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // no space left: what we wanted
        }
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
