package org.credo.verifier;

/**
 * A checkpoint with its signed note text, as the log publishes it.
 *
 * @param checkpoint the checkpoint the note's text holds
 * @param note       the full signed note: checkpoint text, blank line, signature lines
 */
public record SignedCheckpoint(Checkpoint checkpoint, String note) {
    /** Signs the checkpoint's text with the log's key. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner signer) {
        return new SignedCheckpoint(checkpoint, signer.sign(checkpoint.text()));
    }

    /**
     * Opens a signed checkpoint: a signature by {@code key} must verify (others are ignored, as the signed-note
     * specification requires, so witness cosignatures do no harm), then its text must be a checkpoint.
     *
     * @throws ProofException {@code MALFORMED}, {@code SIGNATURE_MISSING}, {@code SIGNATURE_INVALID} or
     *                        {@code WRONG_HASH_LENGTH}
     */
    public static SignedCheckpoint verify(String note, LogKey key) throws ProofException {
        return new SignedCheckpoint(Checkpoint.parse(SignedNote.verifiedText(note, key)), note);
    }
}
