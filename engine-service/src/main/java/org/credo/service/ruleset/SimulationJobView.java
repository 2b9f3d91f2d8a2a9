package org.credo.service.ruleset;

import java.time.Instant;

/**
 * A simulation job as {@code GET /api/v1/simulations/{id}} answers it.
 *
 * @param status   {@code queued}, {@code running}, {@code done}, {@code cancelled} or {@code failed}
 * @param ended    whether the status is final
 * @param progress decisions re-decided so far, of the decisions the range held when the job started
 * @param report   once ended (done, or cancelled: the report so far, incomplete), else null
 * @param error    why a failed job failed, else null
 */
public record SimulationJobView(String id, String version, Instant from, Instant to, String status, boolean ended,
                                Progress progress, String startedBy, Instant startedAt, Instant endedAt,
                                SimulationReport report, String error) {

    /** How far a job is: {@code decided} of {@code total} (the count when it started; the range may grow). */
    public record Progress(long decided, long total) {
    }
}
