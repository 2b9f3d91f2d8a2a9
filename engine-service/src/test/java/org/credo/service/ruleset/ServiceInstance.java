package org.credo.service.ruleset;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The packaged service (the fast-jar) run as a child process on a loopback port, with some properties set. Its
 * management interface (enabled in the production profile only) gets a loopback port of its own, so that two
 * instances can run side by side; health is probed there in the production profile, else on the public port.
 */
final class ServiceInstance implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;
    private final int healthPort;
    private final Function<String, String> bearerTokens;

    private ServiceInstance(String name, Process process, Path log, int port, int managementPort, int healthPort,
                            Function<String, String> bearerTokens) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
        this.healthPort = healthPort;
        this.bearerTokens = bearerTokens;
    }

    /**
     * Starts {@code quarkus-run.jar} of {@code quarkusApp} and waits until it reports ready.
     *
     * @param bearerTokens a bearer token for each demo user name, or null to call with HTTP Basic as the demo users
     */
    static ServiceInstance start(String name, Path quarkusApp, Path logDir, Map<String, String> properties,
                                 Function<String, String> bearerTokens, Duration startTimeout) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", quarkusApp.resolve("quarkus-run.jar").toString()));
        Path log = logDir.resolve("instance-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        int healthPort = "production".equals(properties.get("quarkus.profile")) ? managementPort : port;
        var instance = new ServiceInstance(name, process, log, port, managementPort, healthPort, bearerTokens);
        try {
            instance.awaitReady(startTimeout);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return instance;
    }

    RequestSpecification as(String user) {
        var request = RestAssured.given().baseUri("http://127.0.0.1").port(port);
        return bearerTokens == null ? request.auth().preemptive().basic(user, user)
                : request.auth().oauth2(bearerTokens.apply(user));
    }

    /** The value of the Authorization header this instance takes for a demo user. */
    String authorization(String user) {
        return bearerTokens == null ? "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) : "Bearer " + bearerTokens.apply(user);
    }

    /** A request, without credentials, to this instance's management interface. */
    RequestSpecification management() {
        return RestAssured.given().baseUri("http://127.0.0.1").port(managementPort);
    }

    /** The address of a path on this instance. */
    java.net.URI uri(String path) {
        return java.net.URI.create("http://127.0.0.1:" + port + path);
    }

    /** The version this instance decides with. */
    String active() {
        return as("auditor").get(RuleSetCalls.RULESETS + "/active").then().statusCode(200).extract()
                .path("version");
    }

    private void awaitReady(Duration timeout) {
        boolean ready = await(timeout, () -> {
            try {
                return RestAssured.given().baseUri("http://127.0.0.1").port(healthPort).get("/q/health/ready")
                        .statusCode() == 200;
            } catch (Exception notListeningYet) { // RestAssured throws ConnectException undeclared
                return false;
            }
        });
        if (!ready) {
            throw new IllegalStateException("instance " + name + " not ready within " + timeout + ":\n" + logTail());
        }
    }

    /**
     * Checks {@code condition} until it holds or {@code timeout} passes, and answers whether it held. Between checks
     * it waits up to 100 ms for this instance's process to end, which fails the wait at once.
     */
    boolean await(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("instance " + name + " stopped:\n" + logTail());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Every line this instance has written to its standard output and error so far. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
