package org.credo.verifier;

import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;

/**
 * The contract's consistency answer {@code {"from": M, "to": N, "proof": ["<base64>", …]}}: the RFC 9162 §2.1.4
 * proof that the log at size N extends the log at size M.
 *
 * @param from  the older tree size
 * @param to    the newer tree size
 * @param proof PROOF(from, D[to]), each hash in standard base64
 */
public record LogConsistency(long from, long to, List<String> proof) {
    public LogConsistency {
        proof = List.copyOf(proof);
    }

    /**
     * Reads the JSON answer; fields beyond the contract's are ignored.
     *
     * @throws ProofException {@code MALFORMED} when the JSON or a field is missing or of the wrong type
     */
    public static LogConsistency parse(String json) throws ProofException {
        Map<String, Object> object = JsonReader.readObject(json);
        return new LogConsistency(JsonReader.nonNegativeLong(object, "from"), JsonReader.nonNegativeLong(object, "to"),
                JsonReader.strings(object, "proof"));
    }

    /**
     * Checks that {@code newer} extends {@code older}, two checkpoints already verified against the log's key: same
     * origin, not smaller, this proof's sizes theirs, and the proof leading to both roots.
     *
     * @throws ProofException {@code ORIGIN_MISMATCH}, {@code SIZE_MISMATCH}, or as
     *                        {@link ConsistencyProof#verify} ({@code WRONG_SIZE} when the log shrank)
     */
    public void verify(Checkpoint older, Checkpoint newer) throws ProofException {
        if (!older.origin().equals(newer.origin())) {
            throw new ProofException(Reason.ORIGIN_MISMATCH, "the checkpoints are of two logs, '" + older.origin()
                    + "' and '" + newer.origin() + "'");
        }
        if (newer.size() < older.size()) {
            throw new ProofException(Reason.WRONG_SIZE, "the newer checkpoint has " + newer.size()
                    + " leaves, fewer than the " + older.size() + " of the older one: the log was truncated");
        }
        if (from != older.size() || to != newer.size()) {
            throw new ProofException(Reason.SIZE_MISMATCH, "the proof is from " + from + " to " + to
                    + " leaves, the checkpoints are of " + older.size() + " and " + newer.size());
        }
        ConsistencyProof.verify(from, to, older.rootHash(), newer.rootHash(),
                CanonicalBase64.decodeAll(proof, "consistency proof"));
    }
}
