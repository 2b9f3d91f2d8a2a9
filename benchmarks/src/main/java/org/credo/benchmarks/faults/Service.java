package org.credo.benchmarks.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service as an operator runs it: {@code java -jar quarkus-run.jar} in its quarkus-app directory (with
 * the class-data archive when the package has one), its output appended to a log file. Killed with SIGKILL or
 * stopped with SIGTERM, and started again on the same data.
 */
final class Service {
    private final Path app;
    private final int port;
    private final List<String> properties;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    Service(Path app, int port, Map<String, String> properties, Map<String, String> environment, Path log) {
        this.app = app;
        this.port = port;
        this.properties = properties.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
        this.environment = environment;
        this.log = log;
    }

    /**
     * Starts the service and waits until its readiness check answers UP.
     *
     * @param health a client of the port that serves {@code /q/health} (the management port in production)
     */
    void start(Client health) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m"));
        if (Files.exists(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(properties);
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar",
                "quarkus-run.jar"));
        var builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (health.get("/q/health/ready", "auditor").status() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service was not ready within 120 s; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL: the process ends at once, nothing is flushed or drained. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sends SIGTERM and returns at once. */
    void signalTerm() {
        process.destroy();
    }

    /**
     * Waits for the process to end after {@link #signalTerm()}; after 60 s its threads are dumped into its log, then
     * SIGKILL and a failure.
     */
    void awaitExit() throws InterruptedException, IOException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            dumpThreads();
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the service did not stop within 60 s of SIGTERM; its threads are in "
                    + log);
        }
    }

    private void dumpThreads() throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor(20, TimeUnit.SECONDS);
    }
}
