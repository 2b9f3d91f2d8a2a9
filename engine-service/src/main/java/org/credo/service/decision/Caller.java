package org.credo.service.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Who asked for a decision and when the request arrived (milliseconds, as recorded). */
public record Caller(String principal, Instant requestedAt) {
    /** {@code principal} asking now. */
    public static Caller now(String principal) {
        return new Caller(principal, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
