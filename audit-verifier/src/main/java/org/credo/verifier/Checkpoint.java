package org.credo.verifier;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.credo.verifier.ProofException.Reason;

/**
 * A C2SP tlog-checkpoint body: the log's origin, its tree size and the RFC 9162 root hash at that size.
 *
 * @param origin   the log's identity, one non-empty line
 * @param size     the number of leaves
 * @param rootHash MTH of those leaves, 32 bytes
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {
    public Checkpoint {
        if (origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a checkpoint origin is one non-empty line without controls");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is not negative: " + size);
        }
        if (rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a root hash has 32 bytes, not " + rootHash.length);
        }
        if (size == 0 && !Arrays.equals(rootHash, MerkleHash.emptyRoot())) {
            throw new IllegalArgumentException("the tree of no leaves has the empty root, SHA-256 of nothing");
        }
        rootHash = rootHash.clone();
    }

    /** The note text: {@code <origin>\n<size>\n<base64 root>\n}. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /**
     * Parses a checkpoint note text. Credo writes no extension lines (tlog-checkpoint does not recommend them, as
     * monitors cannot audit them), so any fourth line is refused rather than trusted unread.
     *
     * @throws ProofException {@code MALFORMED} for anything but exactly the three lines in canonical form
     */
    public static Checkpoint parse(String text) throws ProofException {
        String[] lines = text.split("\n", -1);
        if (lines.length != 4 || !lines[3].isEmpty()) {
            throw malformed("a Credo checkpoint is exactly three lines (origin, tree size, root hash), each ending "
                    + "in a newline, without extension lines");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw malformed("the tree size line '" + lines[1] + "' is not a decimal without leading zeros");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw malformed("the tree size " + lines[1] + " is too large");
        }
        byte[] root = CanonicalBase64.decode(lines[2], "root hash");
        if (root.length != MerkleHash.SIZE) {
            throw new ProofException(Reason.WRONG_HASH_LENGTH, "the root hash has " + root.length + " bytes, not 32");
        }
        try {
            return new Checkpoint(lines[0], size, root);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && origin.equals(c.origin) && size == c.size
                && Arrays.equals(rootHash, c.rootHash);
    }

    @Override
    public int hashCode() {
        return 31 * origin.hashCode() + Long.hashCode(size);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public String toString() {
        return origin + " size " + size + " root " + HexFormat.of().formatHex(rootHash);
    }

    private static ProofException malformed(String message) {
        return new ProofException(Reason.MALFORMED, message);
    }
}
