package org.credo.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.log.CheckpointStore;
import org.credo.service.audit.log.LogSigner;
import org.credo.service.problem.QueryParams;
import org.credo.verifier.Checkpoint;
import org.credo.verifier.MerkleHash;
import org.credo.verifier.ProofException;
import org.credo.verifier.SignedCheckpoint;

import java.util.Base64;
import java.util.Optional;

/** Reads the checkpoint a verification is anchored to: an auditor's (parameters or signed note) or the latest. */
@ApplicationScoped
public class LogAnchors {
    /** A signed checkpoint is a few hundred bytes; anything much longer is not one. */
    static final int MAX_NOTE_LENGTH = 8192;

    private final LogSigner signer;
    private final CheckpointStore checkpoints;

    public LogAnchors(LogSigner signer, CheckpointStore checkpoints) {
        this.signer = signer;
        this.checkpoints = checkpoints;
    }

    /** From {@code treeSize} and {@code rootHash} (base64, standard or URL-safe); a 400 naming a bad one. */
    public LogAnchor fromParameters(String treeSize, String rootHash) {
        if (rootHash == null || rootHash.isBlank()) {
            throw QueryParams.invalid("rootHash", "is required with treeSize");
        }
        long size = treeSize(treeSize);
        byte[] root;
        try {
            String text = rootHash.strip();
            root = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("rootHash", "must be base64");
        }
        if (root.length != MerkleHash.SIZE) {
            throw QueryParams.invalid("rootHash", "must be 32 bytes (SHA-256)");
        }
        return new LogAnchor(size, root);
    }

    /** From a signed checkpoint note, which must be this log's and carry a valid signature by its key. */
    public LogAnchor fromNote(String note) {
        if (note == null || note.isBlank()) {
            throw QueryParams.invalid("checkpoint", "is required: the signed checkpoint note as text/plain");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw QueryParams.invalid("checkpoint", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        try {
            Checkpoint checkpoint = SignedCheckpoint.verify(note, signer.logKey()).checkpoint();
            if (!checkpoint.origin().equals(signer.origin())) {
                throw QueryParams.invalid("checkpoint", "is of log " + checkpoint.origin() + ", not "
                        + signer.origin());
            }
            return new LogAnchor(checkpoint.size(), checkpoint.rootHash());
        } catch (ProofException e) {
            throw QueryParams.invalid("checkpoint", e.getMessage());
        }
    }

    /**
     * The latest stored checkpoint, when its signature verifies with the log key. A stored checkpoint whose
     * signature does not verify was not issued by this log: empty, and the verification names no anchor.
     */
    public Optional<LogAnchor> latestStored() {
        return checkpoints.latest().flatMap(stored -> {
            try {
                Checkpoint checkpoint = SignedCheckpoint.verify(stored.note(), signer.logKey()).checkpoint();
                return Optional.of(new LogAnchor(checkpoint.size(), checkpoint.rootHash()));
            } catch (ProofException e) {
                return Optional.empty();
            }
        });
    }

    /** A tree size parameter: a non-negative integer; a 400 naming {@code treeSize} otherwise. */
    public static long treeSize(String value) {
        return size("treeSize", value);
    }

    /** A non-negative integer parameter, required; a 400 naming it otherwise. */
    public static long size(String name, String value) {
        if (value == null || value.isBlank()) {
            throw QueryParams.invalid(name, "is required");
        }
        try {
            long size = Long.parseLong(value.strip());
            if (size < 0) {
                throw QueryParams.invalid(name, "must not be negative");
            }
            return size;
        } catch (NumberFormatException e) {
            throw QueryParams.invalid(name, "must be an integer");
        }
    }
}
