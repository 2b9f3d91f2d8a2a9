package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.log.CheckpointStore;
import org.credo.service.audit.log.Frontier;
import org.credo.service.audit.log.LogHead;
import org.credo.service.audit.log.LogLeaf;
import org.credo.service.audit.log.LogNode;
import org.credo.service.audit.log.LogProofs;
import org.credo.service.audit.log.LogSigner;
import org.credo.service.audit.log.LogStore;
import org.credo.verifier.ConsistencyProof;
import org.credo.verifier.MerkleHash;
import org.credo.verifier.ProofException;
import org.credo.verifier.SignedCheckpoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the stored log, record by record in sequence order, against a checkpoint it must extend. Every record's
 * leaf is recomputed from what is stored and folded into a tree; the walk fails at the first of: a missing sequence
 * (a deleted record, the tail included), a record whose leaf is not the stored leaf hash (a rewritten record, named
 * itself), a stored subtree hash that is not the hash of its records (named by the first record it covers), a broken
 * hash chain, a root other than that of a stored checkpoint the log key signed or of the checkpoint checked against
 * (records and tree rewritten together: pinned between the last signed checkpoint that matched and this one), a
 * stored head other than the records'.
 * A valid log is then proved to extend the checkpoint with a consistency proof from the stored tree.
 */
@ApplicationScoped
public class LogAudit {
    private static final int CHUNK = 1024;

    private final AgroalDataSource dataSource;
    private final AuditStore records;
    private final LogStore log;
    private final LogProofs proofs;
    private final CheckpointStore checkpoints;
    private final LogSigner signer;

    public LogAudit(AgroalDataSource dataSource, AuditStore records, LogStore log, LogProofs proofs,
                    CheckpointStore checkpoints, LogSigner signer) {
        this.dataSource = dataSource;
        this.records = records;
        this.log = log;
        this.proofs = proofs;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /** Walks the whole stored log; {@code anchor} may be null (then only the stored tree and chain are checked). */
    public LogVerification verify(LogAnchor anchor) {
        LogHead head = log.head();
        try (Connection connection = dataSource.getConnection()) {
            var walk = new Walk(connection, head.treeSize(), anchor);
            walk.run();
            if (walk.failure == null && !head.frontier().equals(walk.tree)) {
                walk.failure = new Failure(null, head.treeSize(), "the stored log head is not the tree of the "
                        + "stored records");
            }
            if (walk.failure == null && anchor != null && anchor.treeSize() == 0
                    && !Arrays.equals(anchor.rootHash(), MerkleHash.emptyRoot())) {
                walk.failure = new Failure(null, null, "the checkpoint of the empty log has another root");
            }
            if (walk.failure == null && anchor != null && anchor.treeSize() > 0
                    && anchor.treeSize() <= head.treeSize()) {
                walk.failure = consistency(connection, anchor, head);
            }
            Failure f = walk.failure;
            return new LogVerification(f == null, walk.checked, f == null ? null : f.decisionId(),
                    f == null ? null : f.sequence(), f == null ? null : f.reason(), head.treeSize(),
                    Base64.getEncoder().encodeToString(head.frontier().root()),
                    anchor == null ? null : anchor.treeSize());
        } catch (SQLException e) {
            throw new AuditStoreException("the audit log could not be read", e);
        }
    }

    /** Proves the stored tree extends the anchor, reading on the walk's connection (never a second one at once). */
    private Failure consistency(Connection connection, LogAnchor anchor, LogHead head) {
        try {
            ConsistencyProof.verify(anchor.treeSize(), head.treeSize(), anchor.rootHash(), head.frontier().root(),
                    proofs.consistency(connection, anchor.treeSize(), head.treeSize()));
            return null;
        } catch (ProofException e) {
            return new Failure(null, null, "the stored tree does not extend the checkpoint: " + e.getMessage());
        }
    }

    private record Failure(String decisionId, Long sequence, String reason) {
    }

    /** One pass over the records, in chunks, with the stored subtree hashes each chunk completes. */
    private final class Walk {
        private final Connection connection;
        private final long size;
        private final LogAnchor anchor;
        private final ChainWalk chain = new ChainWalk();
        private Frontier tree = Frontier.EMPTY;
        private Map<Long, String> signed = Map.of();
        private long lastMatched;
        private long checked;
        private Failure failure;

        Walk(Connection connection, long size, LogAnchor anchor) {
            this.connection = connection;
            this.size = size;
            this.anchor = anchor;
        }

        void run() throws SQLException {
            while (failure == null && tree.size() < size) {
                List<AuditRecord> chunk = records.after(connection, tree.size(), (int) Math.min(CHUNK,
                        size - tree.size()));
                if (chunk.isEmpty()) {
                    failure = missing(tree.size() + 1, "records " + (tree.size() + 1) + " to " + size
                            + " of the log are missing");
                    return;
                }
                Map<Integer, Map<Long, byte[]>> stored = storedNodes(tree.size(), tree.size() + chunk.size());
                signed = checkpoints.notesBetween(connection, tree.size(), tree.size() + chunk.size());
                for (AuditRecord record : chunk) {
                    if (!accept(record, stored)) {
                        return;
                    }
                }
            }
            if (failure == null && anchor != null && anchor.treeSize() > size) {
                failure = missing(size + 1, "the log holds " + size + " records, the checkpoint "
                        + anchor.treeSize());
            }
        }

        private boolean accept(AuditRecord record, Map<Integer, Map<Long, byte[]>> stored) throws SQLException {
            long expected = tree.size() + 1;
            if (record.sequence() != expected) {
                failure = missing(expected, "record " + expected + " of the log is missing");
                return false;
            }
            checked++;
            var mismatch = new LogNode[1];
            tree = tree.append(MerkleHash.leafHash(LogLeaf.of(record)), node -> {
                byte[] kept = stored.getOrDefault(node.level(), Map.of()).get(node.index());
                if (mismatch[0] == null && !Arrays.equals(kept, node.hash())) {
                    mismatch[0] = node;
                }
            });
            if (mismatch[0] != null) {
                failure = subtree(mismatch[0], record);
                return false;
            }
            if (!chain.accept(record)) {
                failure = new Failure(record.decisionId(), record.sequence(), "its chain hash is not the hash of "
                        + "its content after the record before");
                return false;
            }
            byte[] signedRoot = signedRoot(signed.get(tree.size()));
            if (signedRoot != null && !Arrays.equals(tree.root(), signedRoot)) {
                failure = rewritten(record, "the log's signed checkpoint of size " + tree.size());
                return false;
            }
            if (anchor != null && tree.size() == anchor.treeSize()
                    && !Arrays.equals(tree.root(), anchor.rootHash())) {
                failure = rewritten(record, "the checkpoint of size " + tree.size() + " checked against");
                return false;
            }
            if (signedRoot != null || anchor != null && tree.size() == anchor.treeSize()) {
                lastMatched = tree.size();
            }
            return true;
        }

        /** The root of a stored checkpoint whose signature verifies with the log key; null for none or a forgery. */
        private byte[] signedRoot(String note) {
            if (note == null) {
                return null;
            }
            try {
                return SignedCheckpoint.verify(note, signer.logKey()).checkpoint().rootHash();
            } catch (ProofException notTheLogs) {
                return null;
            }
        }

        /**
         * Records and tree rewritten together up to {@code record}: the rewritten record lies after the last
         * checkpoint that matched; named when that leaves one record.
         */
        private Failure rewritten(AuditRecord record, String against) {
            String why = " is not what " + against + " holds: records and tree were rewritten together";
            if (record.sequence() - lastMatched == 1) {
                return new Failure(record.decisionId(), record.sequence(), "the record" + why);
            }
            return new Failure(null, null, "a record from sequence " + (lastMatched + 1) + " to " + record.sequence()
                    + why + " (checkpoints of sizes in between would name it)");
        }

        private Failure subtree(LogNode node, AuditRecord last) throws SQLException {
            if (node.level() == 0) {
                return new Failure(last.decisionId(), last.sequence(), "its leaf is not the leaf hash stored for it");
            }
            long first = node.firstLeaf() + 1;
            AuditRecord covered = records.after(connection, first - 1, 1).get(0);
            return new Failure(covered.decisionId(), first, "the stored hash of records " + first + " to "
                    + last.sequence() + " (level " + node.level() + ", index " + node.index()
                    + ") is not the hash of those records");
        }

        private Failure missing(long sequence, String reason) {
            return new Failure(null, sequence, reason);
        }

        /** The stored subtree hashes that leaves [from, to) complete, by level and index. */
        private Map<Integer, Map<Long, byte[]>> storedNodes(long from, long to) throws SQLException {
            var nodes = new HashMap<Integer, Map<Long, byte[]>>();
            for (int level = 0; level < Long.SIZE - 1 && (1L << level) <= to; level++) {
                long lo = from >>> level;
                long hi = to >>> level;
                if (hi > lo) {
                    nodes.put(level, log.level(connection, level, lo, hi));
                }
            }
            return nodes;
        }
    }
}
