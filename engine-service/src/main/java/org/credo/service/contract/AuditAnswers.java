package org.credo.service.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answers of the auditors' decision endpoints, field by field: the shapes the OpenAPI document declares for
 * them ({@code OpenApiSchemasTest} checks them against real answers). Inputs, outputs and reference data are the
 * decision type's own objects, as its request and answer name them.
 */
public final class AuditAnswers {
    private AuditAnswers() {
    }

    /** A rule that determined a decision, as stored: both languages. */
    public record StoredReason(String ruleId, String description, String legalBasis, String confidence,
                               Boolean provisional, String descriptionZh, String legalBasisZh) {
    }

    /**
     * {@code GET /api/v1/decisions/{decisionId}}: a stored decision record. A record whose stored body cannot be read
     * carries {@code unreadable} (why) and null inputs, outputs, reasons, trace and reference data.
     *
     * @param trace the evaluation steps: each rule-set decision taken with its day, its trace (DMN decisions with
     *              their matched table rules, DRL rules fired) and its messages
     */
    public record StoredDecision(String decisionId, long sequence, String type, String enterpriseId,
                                 String idempotencyKey, String rulesetVersion, LocalDate asOf, String principal,
                                 Instant requestedAt, Instant decidedAt, String unreadable,
                                 Map<String, Object> inputs, Map<String, Object> outputs, List<StoredReason> reasons,
                                 List<Map<String, Object>> trace, Map<String, Object> referenceData,
                                 String previousHash, String hash) {
    }

    /** {@code GET /api/v1/decisions}: one page of stored decisions, newest first. */
    public record DecisionPage(List<StoredDecision> items, int page, int size, long total) {
    }

    /** One side of a replay: the outputs and the reasons. */
    public record Replayed(Map<String, Object> outputs, List<StoredReason> reasons) {
    }

    /** {@code POST /api/v1/decisions/{decisionId}/replay}: the stored outcome beside the one re-decided now. */
    public record ReplayAnswer(String decisionId, String rulesetVersion, boolean identical, Replayed original,
                               Replayed replayed) {
    }
}
