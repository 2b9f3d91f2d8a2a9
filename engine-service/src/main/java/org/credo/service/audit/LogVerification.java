package org.credo.service.audit;

/**
 * The verdict of {@code GET|POST /api/v1/audit/verify}: the contract's {@code valid}, {@code checked} and
 * {@code firstInvalidDecisionId}, and where the log failed and against what.
 *
 * @param checked                records examined (up to and including the first that fails)
 * @param firstInvalidDecisionId the first record that fails, or null (none fails, or it is missing)
 * @param firstInvalidSequence   the sequence of the first record that fails or is missing, or null
 * @param reason                 why it fails, or null
 * @param treeSize               the size of the stored log the walk covered
 * @param rootHash               the stored tree's root at that size (base64)
 * @param checkpointSize         the size of the checkpoint the log was checked against, or null for none
 */
public record LogVerification(boolean valid, long checked, String firstInvalidDecisionId, Long firstInvalidSequence,
                              String reason, long treeSize, String rootHash, Long checkpointSize) {
}
