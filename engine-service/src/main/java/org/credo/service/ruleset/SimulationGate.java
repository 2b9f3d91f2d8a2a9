package org.credo.service.ruleset;

import org.credo.service.problem.ApiException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets at most a number of simulations run at a time on this instance, so that simulations cannot take every core
 * from decisions.
 */
final class SimulationGate {
    private final Semaphore permits;
    private final int limit;
    private final long retryAfterSeconds;

    SimulationGate(int limit, long retryAfterSeconds) {
        this.permits = new Semaphore(limit);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Enters at once, or throws {@link Busy} while the limit of simulations run; close the pass to leave. */
    Pass enter() {
        if (!permits.tryAcquire()) {
            throw new Busy(limit, retryAfterSeconds);
        }
        var left = new AtomicBoolean();
        return () -> {
            if (left.compareAndSet(false, true)) {
                permits.release();
            }
        };
    }

    /** The right to run one simulation; closing it (once counts, again does nothing) lets the next one in. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    /** The limit of simulations runs on this instance: answered 503 with Retry-After. */
    public static final class Busy extends ApiException {
        private final long retryAfterSeconds;

        Busy(int limit, long retryAfterSeconds) {
            super(503, "simulation-busy", "Service unavailable", "the limit of " + limit
                    + " simulation(s) running at a time on this instance is reached; try again later");
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
