package org.credo.benchmarks.load;

/**
 * When each request of a fixed-rate run is meant to start: request {@code i} at {@code i / rate} seconds after the
 * run's start, first {@code warmupSeconds} of warm-up (not reported), then {@code durationSeconds} that are measured.
 * The schedule never depends on how fast the server answers; that is what makes the load open-loop.
 */
public record Schedule(double rate, int warmupSeconds, int durationSeconds) {

    public Schedule {
        if (!(rate > 0) || warmupSeconds < 0 || durationSeconds < 1) {
            throw new IllegalArgumentException("rate must be > 0, warm-up >= 0 s and duration >= 1 s");
        }
    }

    /** How many requests the whole run sends, warm-up included. */
    public int requests() {
        return Math.toIntExact(Math.round(rate * (warmupSeconds + durationSeconds)));
    }

    /** How many of the first requests are warm-up. */
    public int warmupRequests() {
        return Math.toIntExact(Math.round(rate * warmupSeconds));
    }

    /** The intended start of request {@code i}, in nanoseconds after the run's start. */
    public long offsetNanos(int i) {
        return Math.round(i * 1e9 / rate);
    }

    /**
     * The measured second request {@code i} is meant to start in, from 0; negative during the warm-up (-1 is the
     * warm-up's last second).
     */
    public int second(int i) {
        return Math.toIntExact(Math.floorDiv(offsetNanos(i), 1_000_000_000L)) - warmupSeconds;
    }
}
