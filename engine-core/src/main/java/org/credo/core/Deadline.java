package org.credo.core;

import java.time.Duration;
import java.util.List;

/**
 * The moment an evaluation must have finished by. The engine checks it cooperatively: before every DMN decision and
 * every business knowledge model invocation Kie evaluates, and after every DRL rule firing; an evaluation that runs
 * past it stops and throws {@link EvaluationException} with {@link EvaluationException#DEADLINE_EXCEEDED}. A check
 * costs one clock read. Immutable.
 */
public final class Deadline {
    /** No deadline: the evaluation runs to its end. */
    public static final Deadline NONE = new Deadline(null, 0);

    private final Duration limit;
    private final long endsAtNanos;

    private Deadline(Duration limit, long endsAtNanos) {
        this.limit = limit;
        this.endsAtNanos = endsAtNanos;
    }

    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a deadline is after a positive time, not " + limit);
        }
        return new Deadline(limit, System.nanoTime() + limit.toNanos());
    }

    /** Whether the deadline has passed (never for {@link #NONE}). */
    public boolean passed() {
        return limit != null && System.nanoTime() - endsAtNanos >= 0;
    }

    /** The time it allowed, or null for {@link #NONE}. */
    public Duration limit() {
        return limit;
    }

    /** Throws the deadline's {@link EvaluationException} when it has passed. */
    public void check(String what) {
        if (passed()) {
            throw exceeded(what);
        }
    }

    /** The exception for an evaluation of {@code what} that ran past this deadline. */
    public EvaluationException exceeded(String what) {
        String message = what + " did not finish within the deadline of " + limit.toMillis() + " ms";
        return new EvaluationException(EvaluationException.DEADLINE_EXCEEDED, message,
                List.of(new EvaluationMessage(Severity.ERROR, null, message)));
    }

    @Override
    public String toString() {
        return limit == null ? "no deadline" : "deadline of " + limit.toMillis() + " ms";
    }
}
