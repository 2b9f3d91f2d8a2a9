package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Bundle;
import org.credo.service.config.WorkerConfig;
import org.credo.service.problem.ApiException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the checks of an author's bundle (validation at upload, scenario tests) in a fresh JVM ({@link WorkerMain})
 * with its own heap ({@code credo.worker.max-heap}) and a deadline ({@code credo.worker.deadline}), killed when it
 * passes it, so that a bundle that loops or hoards memory costs the service neither threads nor heap. At most
 * {@code credo.worker.max-concurrent} workers run at once; a check waits {@code credo.worker.queue-wait} for one,
 * then is answered 503 with Retry-After. Each worker is cold (a new JVM per check): nothing of one author's bundle
 * outlives its check. A simulation re-decides stored decisions in such a worker too ({@link #redecider}), bounded by
 * the same heap and, per step, the same deadline; how many run at once is the simulations' own limit.
 */
@ApplicationScoped
public class DraftWorker {
    private static final Logger LOG = Logger.getLogger(DraftWorker.class);
    /** The exit code of a JVM that ran out of heap ({@code -XX:+ExitOnOutOfMemoryError}). */
    static final int OUT_OF_MEMORY = 3;
    /** The most bytes of a verdict the service reads. */
    private static final long MAX_VERDICT_BYTES = 32L << 20;
    private static final int LOGGED_STDERR_BYTES = 4_096;
    /**
     * The worker's first option, which names it in a process list (whose command lines the system may cut short
     * before the main class, after a long class path).
     */
    static final String MARKER = "-Dcredo.draft-worker=true";
    /** The service's log manager, also the worker's, so that {@link WorkerMain} can set its levels. */
    private static final String JBOSS_LOG_MANAGER = "org.jboss.logmanager.LogManager";
    /**
     * The simulation worker's main class, which gives {@link WorkerMain#simulate} the decision feature's redecider;
     * named, not referred to, as it depends on this package and not the other way round.
     */
    static final String SIMULATION_MAIN = "org.credo.service.worker.SimulationWorkerMain";

    private final WorkerConfig config;
    private final ObjectMapper mapper;
    private final Semaphore slots;
    private final List<String> launcher;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    /** Kills a simulation's worker that did not answer one step within the deadline. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "credo-worker-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    public DraftWorker(WorkerConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
        this.slots = new Semaphore(config.maxConcurrent(), true);
        String java = config.java().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        this.launcher = List.of(java, MARKER, "-Xmx" + config.maxHeap(), "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+DisplayVMOutputToStderr",
                "-Djava.awt.headless=true",
                "-Djava.util.logging.manager=" + JBOSS_LOG_MANAGER,
                "-cp", WorkerClassPath.of(config.classPath()));
    }

    /**
     * Validates and compiles an upload in full, invariants included.
     *
     * @throws InvalidBundleException 422 when the check ran past its deadline or its heap
     * @throws Busy                   when no worker became free in time
     */
    DraftVerdict validate(Bundle bundle) {
        return check("validate", bundle);
    }

    /** Compiles a stored version and runs its scenarios; refused as {@link #validate} is. */
    DraftVerdict test(Bundle bundle) {
        return check("test", bundle);
    }

    private DraftVerdict check(String check, Bundle bundle) {
        acquire();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("credo-worker-");
            Path zip = Files.write(dir.resolve("bundle.zip"), bundle.toZip());
            Path verdict = dir.resolve("verdict.json");
            Path stderr = dir.resolve("stderr.txt");
            var command = new ArrayList<>(launcher);
            command.addAll(List.of(WorkerMain.class.getName(), check, zip.toString(), verdict.toString()));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile()).start();
            running.add(process);
            try {
                int exit = await(process, bundle.versionId());
                LOG.infof("draft worker: %s of %s took %d ms (exit %d)", check, bundle.versionId(),
                        (System.nanoTime() - started) / 1_000_000, exit);
                return verdict(exit, verdict, stderr, bundle.versionId());
            } finally {
                running.remove(process);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the draft worker", e);
        } finally {
            slots.release();
            delete(dir);
        }
    }

    /**
     * Starts a worker that compiles a stored version and then re-decides stored decisions with it one at a time, for
     * a simulation: each step (the compile, each decision) must answer within {@code credo.worker.deadline}, or the
     * worker is killed; it has the workers' heap. Close it when done.
     *
     * @throws InvalidBundleException 422 when the version does not compile, or its compile runs past the deadline or
     *                                the heap
     */
    RedecidingWorker redecider(Bundle bundle, SimulationWorkerProtocol.Settings settings) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("credo-worker-");
            Path zip = Files.write(dir.resolve("bundle.zip"), bundle.toZip());
            Path stderr = dir.resolve("stderr.txt");
            var command = new ArrayList<>(launcher);
            command.addAll(List.of(SIMULATION_MAIN, zip.toString()));
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            running.add(process);
            Path started = dir;
            var worker = new RedecidingWorker(process, bundle.versionId(), config, watchdog, stderr, () -> {
                running.remove(process);
                delete(started);
            });
            worker.start(settings);
            return worker;
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException("could not run the draft worker", e);
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(config.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(config.deadline());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(config.deadline());
        }
    }

    /** The worker's exit code; kills it (and anything it started) at the deadline. */
    private int await(Process process, String versionId) {
        Duration deadline = config.deadline();
        try {
            if (process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            LOG.warnf("draft worker checking %s passed its deadline of %s: killed", versionId, deadline);
            kill(process);
            throw InvalidBundleException.overDeadline(versionId, deadline);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw InvalidBundleException.overDeadline(versionId, deadline);
        }
    }

    private DraftVerdict verdict(int exit, Path verdict, Path stderr, String versionId) throws IOException {
        if (exit == OUT_OF_MEMORY) {
            throw InvalidBundleException.overMemory(versionId, config.maxHeap());
        }
        if (exit != 0 || !Files.isRegularFile(verdict) || Files.size(verdict) > MAX_VERDICT_BYTES) {
            LOG.errorf("draft worker checking %s ended abnormally (exit %d): %s", versionId, exit, head(stderr));
            throw InvalidBundleException.workerFailed(versionId, exit);
        }
        return mapper.readValue(verdict.toFile(), DraftVerdict.class);
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("draft worker %d did not end within 10 s of being killed", process.pid());
        }
    }

    static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(LOGGED_STDERR_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", dir, e.getMessage());
        }
    }

    /** Ends every worker still running when the service stops. */
    @PreDestroy
    void stopAll() {
        watchdog.shutdownNow();
        running.forEach(DraftWorker::kill);
    }

    /** No worker became free within {@code credo.worker.queue-wait}: answered 503 with Retry-After. */
    public static final class Busy extends ApiException {
        private final long retryAfterSeconds;

        Busy(Duration deadline) {
            super(503, "worker-busy", "Service unavailable", "every draft worker is busy; try again later");
            this.retryAfterSeconds = Math.max(1, deadline.toSeconds());
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
