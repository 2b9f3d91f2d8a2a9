package org.credo.verifier;

/**
 * A proof, signature or document that does not verify, with a stable {@link Reason} a caller can branch on and a
 * message for people.
 */
public final class ProofException extends Exception {
    /** Why verification failed. */
    public enum Reason {
        /** A leaf index outside the tree, a first tree larger than the second, or a tree size that cannot hold it. */
        WRONG_SIZE,
        /** A proof with more or fewer hashes than the sizes require. */
        WRONG_PROOF_LENGTH,
        /** A hash (leaf, node or root) that is not 32 bytes. */
        WRONG_HASH_LENGTH,
        /** The hashes do not chain to the expected root. */
        ROOT_MISMATCH,
        /** A note, checkpoint, key, receipt or proof document that does not follow its format. */
        MALFORMED,
        /** No signature line by the trusted key. */
        SIGNATURE_MISSING,
        /** A signature line by the trusted key that does not verify. */
        SIGNATURE_INVALID,
        /** A receipt, proof or export whose tree size differs from its checkpoint's. */
        SIZE_MISMATCH,
        /** Two checkpoints of different logs. */
        ORIGIN_MISMATCH
    }

    private final Reason reason;

    public ProofException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
