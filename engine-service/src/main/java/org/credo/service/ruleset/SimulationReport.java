package org.credo.service.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a version would have changed in the decisions of a time range: each stored decision re-decided with its
 * recorded inputs and reference data. Nothing is recorded.
 *
 * @param complete                false when the simulation deadline stopped it before the end of the range
 * @param stoppedAt               when incomplete, the decision time of the last decision re-decided; else null
 * @param decisions               how many stored decisions were re-decided
 * @param changed                 how many came out with different outputs
 * @param failed                  how many the version could not decide (see {@code failures})
 * @param byType                  counts by decision type
 * @param inspectionByCreditClass inspection changes by the credit class the decision recorded
 * @param sampleChangedDecisionIds up to {@value RuleSetSimulation#SAMPLE} changed decisions, in chain order
 * @param failures                up to {@value RuleSetSimulation#SAMPLE} decisions that could not be decided
 */
public record SimulationReport(String version, Instant from, Instant to, boolean complete, Instant stoppedAt,
                               long decisions, long changed, long failed,
                               Map<String, TypeCounts> byType, Map<String, InspectionChanges> inspectionByCreditClass,
                               List<String> sampleChangedDecisionIds, List<Failure> failures) {

    /**
     * One decision type.
     *
     * @param outcomesBefore decisions by recorded outcome ({@code selected}/{@code not-selected} for inspection,
     *                       the credit class, the treatment, or {@code decided})
     * @param outcomesAfter  decisions by the outcome this version gives
     */
    public record TypeCounts(long decisions, long changed, long failed, Map<String, Long> outcomesBefore,
                             Map<String, Long> outcomesAfter) {
    }

    /**
     * Inspection decisions of one recorded credit class.
     *
     * @param rateChanged       decisions whose inspection rate changes
     * @param selectionsFlipped decisions whose selection flips ({@code newlySelected + noLongerSelected})
     * @param rateChanges       decisions by rate change, keyed {@code "<before> -> <after>"}
     */
    public record InspectionChanges(long decisions, long rateChanged, long selectionsFlipped, long newlySelected,
                                    long noLongerSelected, Map<String, Long> rateChanges) {
    }

    /** A decision this version could not decide, and why. */
    public record Failure(String decisionId, String type, String message) {
    }
}
