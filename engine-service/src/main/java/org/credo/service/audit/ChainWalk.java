package org.credo.service.audit;

/**
 * Verifies an audit chain record by record, in sequence order, without holding it in memory: each record's hash
 * must be the hash of its content, its previous hash the hash of the record before, and sequences must run from 1
 * without gaps. A changed field, a deleted record and a reordering each break one of these. Pure: feed it records.
 */
public final class ChainWalk {
    private long expectedSequence = 1;
    private String expectedPrevious = ChainHash.GENESIS;
    private long checked;
    private String firstInvalid;
    private String headHash = ChainHash.GENESIS;

    /**
     * Takes the next record (a stored one is checked over its body as stored, so a body no reader could parse still
     * verifies); returns whether the chain is still valid.
     */
    public boolean accept(AuditRecord record) {
        if (firstInvalid != null) {
            return false;
        }
        checked++;
        if (record.sequence() != expectedSequence || !expectedPrevious.equals(record.previousHash())
                || !record.hashMatches()) {
            firstInvalid = record.decisionId();
            return false;
        }
        expectedSequence++;
        expectedPrevious = record.hash();
        headHash = record.hash();
        return true;
    }

    public Verification result() {
        return new Verification(firstInvalid == null, checked, firstInvalid, expectedSequence - 1, headHash);
    }

    /** Walks a whole sequence of records. */
    public static Verification verify(Iterable<AuditRecord> records) {
        var walk = new ChainWalk();
        for (AuditRecord record : records) {
            if (!walk.accept(record)) {
                break;
            }
        }
        return walk.result();
    }

    /**
     * The verdict.
     *
     * @param checked                records examined (up to and including the first invalid one)
     * @param firstInvalidDecisionId the first record that breaks the chain, or null
     * @param headSequence           the sequence of the last valid record
     * @param headHash               the hash of the last valid record: publish it to detect truncation later
     */
    public record Verification(boolean valid, long checked, String firstInvalidDecisionId, long headSequence,
                               String headHash) {
    }
}
