package org.credo.service.ruleset;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One simulation run in the background: its plan, its progress, a request to stop it, and, once it ended, its
 * report or its failure. Thread-safe: the runner writes, requests read.
 */
public final class SimulationJob implements RuleSetSimulation.Control {
    /** Where a job is; {@link #label()} is how the API and the console name it. */
    public enum Status {
        QUEUED, RUNNING, DONE, CANCELLED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean ended() {
            return this == DONE || this == CANCELLED || this == FAILED;
        }
    }

    private final String id;
    private final SimulationPlan plan;
    private final String startedBy;
    private final Instant startedAt;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.QUEUED);
    private final AtomicLong decided = new AtomicLong();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private volatile SimulationReport report;
    private volatile RuntimeException failure;
    private volatile Instant endedAt;

    SimulationJob(String id, SimulationPlan plan, String startedBy, Instant startedAt) {
        this.id = id;
        this.plan = plan;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** Runs the plan unless the job was cancelled while queued; ends the job whatever happens. */
    void run(RuleSetSimulation simulation) {
        if (!status.compareAndSet(Status.QUEUED, Status.RUNNING)) {
            return;
        }
        try {
            SimulationReport done = simulation.run(plan, this);
            report = done;
            status.set(!done.complete() && cancelRequested ? Status.CANCELLED : Status.DONE);
        } catch (RuntimeException e) {
            failure = e;
            status.set(Status.FAILED);
        } finally {
            if (status.compareAndSet(Status.RUNNING, Status.FAILED)) {
                failure = new IllegalStateException("the simulation ended abnormally; see the service's log");
            }
            end();
        }
    }

    /** Asks the job to stop before its next decision; a queued job ends at once. */
    void cancel() {
        cancelRequested = true;
        if (status.compareAndSet(Status.QUEUED, Status.CANCELLED)) {
            end();
        }
    }

    private void end() {
        endedAt = Instant.now();
        ended.complete(null);
    }

    @Override
    public void decided(long decisions) {
        decided.set(decisions);
    }

    @Override
    public boolean stopRequested() {
        return cancelRequested;
    }

    /** Completes when the job has ended, however. */
    CompletableFuture<Void> ended() {
        return ended;
    }

    /** The report of an ended job (incomplete when cancelled or stopped at the deadline), else null. */
    SimulationReport report() {
        return report;
    }

    /** Why the job failed, or null. */
    RuntimeException failure() {
        return failure;
    }

    public String id() {
        return id;
    }

    public String version() {
        return plan.version();
    }

    Instant endedAt() {
        return endedAt;
    }

    /** The job as the API and the console show it. */
    public SimulationJobView view() {
        Status now = status.get();
        return new SimulationJobView(id, plan.version(), plan.from(), plan.to(), now.label(), now.ended(),
                new SimulationJobView.Progress(decided.get(), plan.decisions()), startedBy, startedAt, endedAt,
                now.ended() ? report : null, failure == null ? null : String.valueOf(failure.getMessage()));
    }
}
