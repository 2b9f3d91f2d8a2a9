package org.credo.service.ruleset;

import org.credo.service.problem.ApiException;

import java.util.concurrent.Semaphore;

/** Lets one simulation run at a time on this instance, so that simulations cannot take every core from decisions. */
final class SimulationGate {
    private final Semaphore permit = new Semaphore(1);
    private final long retryAfterSeconds;

    SimulationGate(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Enters at once, or throws {@link Busy} while another simulation runs; close the pass to leave. */
    Pass enter() {
        if (!permit.tryAcquire()) {
            throw new Busy(retryAfterSeconds);
        }
        return permit::release;
    }

    /** The right to run one simulation; closing it lets the next one in. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    /** Another simulation runs on this instance: answered 503 with Retry-After. */
    public static final class Busy extends ApiException {
        private final long retryAfterSeconds;

        Busy(long retryAfterSeconds) {
            super(503, "simulation-busy", "Service unavailable",
                    "another simulation runs on this instance; try again later");
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
