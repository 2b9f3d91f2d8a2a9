package org.credo.benchmarks.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What happened to the requests meant to start in one second of a run (warm-up seconds included). Latency is
 * recorded from each request's intended start, in microseconds, whether it ended in a response or a transport
 * error. Completions arrive on the HTTP client's threads, so every method is synchronized.
 */
public final class Tally {
    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
    private long due;
    private long late;
    private long ok;
    private long non2xx;
    private long transportErrors;
    private long completedUntilNanos;

    /** A request fell due; {@code late} when no connection was free at its intended start. */
    synchronized void due(boolean late) {
        due++;
        if (late) {
            this.late++;
        }
    }

    /**
     * A request ended {@code latencyNanos} after its intended start, at {@code completedNanos} on the run's clock;
     * {@code status} is the HTTP status, or 0 for a transport error (no response).
     */
    synchronized void completed(long latencyNanos, int status, long completedNanos) {
        latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(0, latencyNanos / 1_000)));
        if (status == 0) {
            transportErrors++;
        } else if (status >= 200 && status < 300) {
            ok++;
        } else {
            non2xx++;
        }
        completedUntilNanos = Math.max(completedUntilNanos, completedNanos);
    }

    /** Adds this second's counts and latencies into {@code total}. */
    synchronized void addTo(Tally total) {
        synchronized (total) {
            total.latency.add(latency);
            total.due += due;
            total.late += late;
            total.ok += ok;
            total.non2xx += non2xx;
            total.transportErrors += transportErrors;
            total.completedUntilNanos = Math.max(total.completedUntilNanos, completedUntilNanos);
        }
    }

    synchronized long due() {
        return due;
    }

    synchronized long late() {
        return late;
    }

    synchronized long ok() {
        return ok;
    }

    synchronized long non2xx() {
        return non2xx;
    }

    synchronized long transportErrors() {
        return transportErrors;
    }

    /** Requests due but not ended (still waiting for a connection, or for their answer). */
    synchronized long unfinished() {
        return due - ok - non2xx - transportErrors;
    }

    /** When the last of these requests ended, on the run's clock. */
    synchronized long completedUntilNanos() {
        return completedUntilNanos;
    }

    /** The latency at {@code percentile} (0-100), in milliseconds. */
    synchronized double percentileMillis(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1_000.0;
    }

    synchronized double maxMillis() {
        return latency.getMaxValue() / 1_000.0;
    }
}
