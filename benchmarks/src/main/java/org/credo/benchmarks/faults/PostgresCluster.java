package org.credo.benchmarks.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PostgreSQL cluster of our own (never the shared server): initdb into a directory, started and
 * stopped with pg_ctl on its own port, database {@code credo} owned by role {@code credo} (trust authentication, on
 * 127.0.0.1 only). Run as root, the server's programs run as the {@code postgres} user, as PostgreSQL requires.
 */
final class PostgresCluster {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final Path log;

    PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.log = dir.resolveSibling(dir.getFileName() + ".log");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/credo";
    }

    void create() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        if (asRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
            Files.writeString(log, "");
            run(List.of("chown", "postgres:postgres", log.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.toString(), "-U", "credo", "--auth=trust",
                "-E", "UTF8", "--no-sync"), true);
        start();
        run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                "credo", "credo"), true);
    }

    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-l", log.toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir, "start"), true);
    }

    /** Stops the server at once (fast: connections are cut, nothing waits for clients). */
    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "stop"), true);
    }

    /** Holds an EXCLUSIVE lock on the audit table (reads go on, writes wait) for a while, from another session. */
    Process lockAuditTable(int seconds) throws IOException {
        return new ProcessBuilder(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "credo", "-d", "credo", "-q", "-c", "BEGIN; LOCK TABLE decision_record IN EXCLUSIVE MODE; "
                + "SELECT pg_sleep(" + seconds + "); COMMIT;").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
