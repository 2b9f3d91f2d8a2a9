package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.service.audit.AuditRecord;
import org.credo.service.config.WorkerConfig;
import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A simulation's draft worker ({@link WorkerMain#simulate}), started by {@link DraftWorker#redecider}: it compiled a
 * version and re-decides stored decisions with it, one at a time, over its standard input and output. Every step
 * must answer within {@code credo.worker.deadline}, or a watchdog kills the worker; a worker that died (killed, out of
 * its heap, crashed) or answered more than {@value #MAX_ANSWER_BYTES} bytes ends the simulation with a 422 naming the
 * decision it was re-deciding. Not thread-safe: one simulation thread drives it.
 */
final class RedecidingWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RedecidingWorker.class);
    /** The most bytes of one answer the service reads. */
    static final int MAX_ANSWER_BYTES = 4 << 20;
    private static final String COMPILING = "compiling the version for a simulation";
    /** The worker's own JSON rules, both ways: the bounds of stored records, wider than requests'. */
    private static final ObjectMapper PROTOCOL = WorkerMain.mapper();

    private final Process process;
    private final String versionId;
    private final WorkerConfig config;
    private final ScheduledExecutorService watchdog;
    private final Path stderr;
    private final Runnable cleanup;
    private final OutputStream toWorker;
    private final InputStream fromWorker;
    private volatile boolean killedAtDeadline;
    private boolean closed;

    RedecidingWorker(Process process, String versionId, WorkerConfig config, ScheduledExecutorService watchdog,
                     Path stderr, Runnable cleanup) {
        this.process = process;
        this.versionId = versionId;
        this.config = config;
        this.watchdog = watchdog;
        this.stderr = stderr;
        this.cleanup = cleanup;
        this.toWorker = new BufferedOutputStream(process.getOutputStream());
        this.fromWorker = new BufferedInputStream(process.getInputStream());
    }

    /** Sends the settings and waits for the compile; on any failure the worker is ended before this throws. */
    void start(SimulationWorkerProtocol.Settings settings) {
        try {
            DraftVerdict compiled = step(settings, COMPILING, line -> {
                try {
                    return PROTOCOL.readValue(line, DraftVerdict.class);
                } catch (IOException e) {
                    throw ended(COMPILING, "answered what is not a verdict");
                }
            });
            if (!compiled.valid()) {
                throw InvalidBundleException.doesNotValidate(versionId, compiled.problems());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The outputs the version gives the record's inputs and recorded reference data.
     *
     * @throws NotDecided             when the version could not decide it (counted as failed, the simulation goes on)
     * @throws InvalidBundleException 422 when the worker died or passed its deadline on it (the simulation ends)
     */
    JsonNode outputs(AuditRecord record) {
        var redecided = step(SimulationWorkerProtocol.StoredDecision.of(record), "re-deciding stored decision "
                + record.decisionId(), this::readRedecided);
        if (redecided.failure() != null || redecided.outputs() == null) {
            throw new NotDecided(String.valueOf(redecided.failure()));
        }
        return redecided.outputs();
    }

    /** An answer line as a re-decision; one the service cannot read counts as a decision not decided. */
    private SimulationWorkerProtocol.Redecided readRedecided(byte[] line) {
        try {
            return PROTOCOL.readValue(line, SimulationWorkerProtocol.Redecided.class);
        } catch (IOException e) {
            return SimulationWorkerProtocol.Redecided.failed("its outputs cannot be read: " + e.getMessage());
        }
    }

    private <T> T step(Object message, String work, Function<byte[], T> answer) {
        ScheduledFuture<?> alarm = watchdog.schedule(this::killAtDeadline, config.deadline().toMillis(),
                TimeUnit.MILLISECONDS);
        byte[] line;
        try {
            toWorker.write(PROTOCOL.writeValueAsBytes(message));
            toWorker.write('\n');
            toWorker.flush();
            line = readLine(work);
        } catch (IOException e) {
            line = null;
        } finally {
            alarm.cancel(false);
        }
        if (line == null) {
            throw ended(work, null);
        }
        return answer.apply(line);
    }

    /** One answer line, or null when the worker's output ended first. */
    private byte[] readLine(String work) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = fromWorker.read(); b != '\n'; b = fromWorker.read()) {
            if (b < 0) {
                return null;
            }
            if (line.size() == MAX_ANSWER_BYTES) {
                DraftWorker.kill(process);
                throw InvalidBundleException.workerFailed(versionId, work, "answered more than "
                        + MAX_ANSWER_BYTES + " bytes");
            }
            line.write(b);
        }
        return line.toByteArray();
    }

    private void killAtDeadline() {
        killedAtDeadline = true;
        LOG.warnf("simulation worker of %s passed its deadline of %s on one step: killed", versionId,
                config.deadline());
        DraftWorker.kill(process);
    }

    /**
     * Why the worker stopped answering in the middle of {@code work}: killed at the deadline, out of its heap, or as
     * {@code how} says (null: its exit code).
     */
    private InvalidBundleException ended(String work, String how) {
        int exit = exitCode();
        if (killedAtDeadline) {
            return InvalidBundleException.overDeadline(versionId, config.deadline(), work);
        }
        if (exit == DraftWorker.OUT_OF_MEMORY) {
            return InvalidBundleException.overMemory(versionId, config.maxHeap(), work);
        }
        LOG.errorf("simulation worker of %s ended abnormally (exit %d): %s", versionId, exit,
                DraftWorker.head(stderr));
        return InvalidBundleException.workerFailed(versionId, work,
                how == null ? "ended abnormally (exit " + exit + ")" : how);
    }

    private int exitCode() {
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DraftWorker.kill(process);
        return process.exitValue();
    }

    /** Ends the worker's input, so that it exits, and kills it if it has not within a few seconds. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            toWorker.close();
        } catch (IOException e) {
            LOG.debugf("the input of the simulation worker of %s was closed already: %s", versionId, e.getMessage());
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                DraftWorker.kill(process);
            }
        } catch (InterruptedException e) {
            DraftWorker.kill(process);
            Thread.currentThread().interrupt();
        } finally {
            cleanup.run();
        }
    }

    /** A stored decision the version could not decide, and why (the simulation counts it as failed and goes on). */
    static final class NotDecided extends RuntimeException {
        NotDecided(String message) {
            super(message, null, false, false);
        }
    }
}
