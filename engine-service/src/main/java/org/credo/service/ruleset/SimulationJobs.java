package org.credo.service.ruleset;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.TimeRange;
import org.credo.service.config.SimulationConfig;
import org.credo.service.problem.ApiException;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs simulations as background jobs on this instance: checked at once (range, version, count: 400/404), admitted
 * up to {@code credo.simulation.max-concurrent} running at a time (else 503 simulation-busy), run on the
 * simulation threads, cancellable, and readable until {@code retention} after they ended (at most {@code max-kept}
 * ended jobs). Jobs live in this process only: a restart forgets them, and another instance does not know them.
 */
@ApplicationScoped
public class SimulationJobs {
    private final RuleSetSimulation simulation;
    private final SimulationConfig config;
    private final SimulationGate gate;
    private final ExecutorService runners;
    private final Map<String, SimulationJob> jobs = new ConcurrentHashMap<>();

    public SimulationJobs(RuleSetSimulation simulation, SimulationConfig config) {
        this.simulation = simulation;
        this.config = config;
        this.gate = new SimulationGate(config.maxConcurrent(), config.deadline().toSeconds());
        var threads = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(config.maxConcurrent(), runnable -> {
            Thread thread = new Thread(runnable, "credo-simulation-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts simulating a stored version over the decisions of a range.
     *
     * @throws ApiException         400 naming the bound field, 404 for an unknown version
     * @throws SimulationGate.Busy  when the limit of simulations already runs
     */
    public SimulationJob start(String version, TimeRange range, String user) {
        SimulationPlan plan = simulation.plan(version, range);
        SimulationGate.Pass pass = gate.enter();
        forgetEnded();
        var job = new SimulationJob(UUID.randomUUID().toString(), plan, user, Instant.now());
        jobs.put(job.id(), job);
        try {
            runners.execute(() -> {
                try (pass) {
                    job.run(simulation);
                }
            });
        } catch (RejectedExecutionException stopping) {
            pass.close();
            jobs.remove(job.id());
            throw new SimulationGate.Busy(config.maxConcurrent(), config.deadline().toSeconds());
        }
        return job;
    }

    /**
     * Simulates and waits for the report: the job's own deadline bounds the wait.
     *
     * @throws RuntimeException what the job failed with; 409 when it was cancelled before it started
     */
    public SimulationReport simulate(String version, TimeRange range, String user) {
        SimulationJob job = start(version, range, user);
        job.ended().join();
        if (job.failure() != null) {
            throw job.failure();
        }
        if (job.report() == null) {
            throw ApiException.conflict("simulation " + job.id() + " was cancelled before it started");
        }
        return job.report();
    }

    /**
     * A job this instance knows.
     *
     * @throws ApiException 404 when there is none (never started here, forgotten, or started before a restart)
     */
    public SimulationJob get(String id) {
        forgetEnded();
        SimulationJob job = id == null ? null : jobs.get(id);
        if (job == null) {
            throw ApiException.notFound("no simulation " + id + " on this instance");
        }
        return job;
    }

    /** Asks a job to stop; it ends before its next decision, its report so far kept. */
    public SimulationJob cancel(String id) {
        SimulationJob job = get(id);
        job.cancel();
        return job;
    }

    private void forgetEnded() {
        Instant expired = Instant.now().minus(config.retention());
        jobs.values().removeIf(job -> job.endedAt() != null && job.endedAt().isBefore(expired));
        var ended = jobs.values().stream().filter(job -> job.endedAt() != null)
                .sorted(Comparator.comparing(SimulationJob::endedAt)).toList();
        for (int i = 0; i < ended.size() - config.maxKept(); i++) {
            jobs.remove(ended.get(i).id());
        }
    }

    @PreDestroy
    void stop() {
        jobs.values().forEach(SimulationJob::cancel);
        runners.shutdownNow();
    }
}
