package org.credo.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.credo.verifier.ProofException.Reason;

/**
 * Checks an NDJSON export of the log against signed checkpoints: line {@code i} (from 0, without its newline) is
 * leaf {@code i}'s bytes, and the first {@code size} lines must hash to each checkpoint's root. Streams: memory
 * stays O(log n) whatever the export's length.
 *
 * <p>One root cannot say which record differs. The check therefore reports the range between the last checkpoint
 * that matched and the first that did not: checkpoints of neighbouring sizes pin the first bad record exactly.
 */
public final class ExportCheck {
    private static final int BUFFER = 1 << 16;

    /**
     * What the check found.
     *
     * @param lines        the lines read (the whole export when it is valid)
     * @param verifiedSize the largest checkpoint size whose prefix matched, 0 if none
     * @param failure      the first failure, empty when every checkpoint matched
     */
    public record Result(long lines, long verifiedSize, Optional<Failure> failure) {
        public boolean valid() {
            return failure.isEmpty();
        }
    }

    /**
     * The first failure: the first record that differs from what the log signed lies at an index from
     * {@code firstIndex} to {@code lastIndex} (equal when pinned exactly).
     *
     * @param reason  {@code ROOT_MISMATCH} for records that differ, {@code SIZE_MISMATCH} for missing ones
     * @param message what failed, for people
     */
    public record Failure(Reason reason, long firstIndex, long lastIndex, String message) {
    }

    private ExportCheck() {
    }

    /** Reads the export to its end (or to the first failing checkpoint) and compares it with every checkpoint. */
    public static Result verify(InputStream export, List<Checkpoint> checkpoints) throws IOException {
        Scan scan = new Scan(checkpoints);
        if (!scan.matchesCheckpointsOfItsSize()) {
            return scan.failure();
        }
        MessageDigest leaf = MerkleHash.sha256();
        leaf.update((byte) 0x00);
        boolean lineOpen = false;
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = export.read(buffer)) >= 0) {
            int lineStart = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    leaf.update(buffer, lineStart, i - lineStart);
                    lineStart = i + 1;
                    lineOpen = false;
                    if (!scan.append(leaf.digest())) {
                        return scan.failure();
                    }
                    leaf.update((byte) 0x00);
                }
            }
            leaf.update(buffer, lineStart, read - lineStart);
            lineOpen |= lineStart < read;
        }
        if (lineOpen && !scan.append(leaf.digest())) {
            return scan.failure();
        }
        return scan.end();
    }

    /** The export read so far against the checkpoints, smallest first. */
    private static final class Scan {
        private final List<Checkpoint> bySize;
        private final Prefix prefix = new Prefix();
        private int next;
        private long verified;

        Scan(List<Checkpoint> checkpoints) {
            bySize = new ArrayList<>(checkpoints);
            bySize.sort(Comparator.comparingLong(Checkpoint::size));
        }

        /** Adds the next leaf; false when a checkpoint of the new size does not match. */
        boolean append(byte[] leafHash) {
            prefix.append(leafHash);
            return matchesCheckpointsOfItsSize();
        }

        boolean matchesCheckpointsOfItsSize() {
            while (next < bySize.size() && bySize.get(next).size() == prefix.size) {
                if (!MessageDigest.isEqual(prefix.root(), bySize.get(next).rootHash())) {
                    return false;
                }
                verified = prefix.size;
                next++;
            }
            return true;
        }

        Result failure() {
            long size = bySize.get(next).size();
            String range = verified == size - 1 ? "record " + verified
                    : "a record from index " + verified + " to " + (size - 1);
            String message = "the first " + size + " records do not hash to the root of the checkpoint of " + size
                    + ": " + range + " differs from what the log signed";
            return new Result(prefix.size, verified,
                    Optional.of(new Failure(Reason.ROOT_MISMATCH, verified, size - 1, message)));
        }

        Result end() {
            if (next == bySize.size()) {
                return new Result(prefix.size, verified, Optional.empty());
            }
            long size = bySize.get(next).size();
            String message = "the export ends after " + prefix.size + " records but the checkpoint of " + size
                    + " covers " + size + ": records from index " + prefix.size + " are missing";
            return new Result(prefix.size, verified,
                    Optional.of(new Failure(Reason.SIZE_MISMATCH, prefix.size, prefix.size, message)));
        }
    }

    /** The compact range [0, size): the roots of its complete subtrees, largest first (RFC 9162 §2.1.1 split). */
    private static final class Prefix {
        private final List<byte[]> subtrees = new ArrayList<>();
        private long size;

        void append(byte[] leafHash) {
            subtrees.add(leafHash);
            for (long n = size; (n & 1) == 1; n >>= 1) {
                byte[] right = subtrees.remove(subtrees.size() - 1);
                byte[] left = subtrees.remove(subtrees.size() - 1);
                subtrees.add(MerkleHash.nodeHash(left, right));
            }
            size++;
        }

        byte[] root() {
            if (subtrees.isEmpty()) {
                return MerkleHash.emptyRoot();
            }
            byte[] root = subtrees.get(subtrees.size() - 1);
            for (int i = subtrees.size() - 2; i >= 0; i--) {
                root = MerkleHash.nodeHash(subtrees.get(i), root);
            }
            return root;
        }
    }
}
