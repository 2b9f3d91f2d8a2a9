package org.credo.service.audit.log;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditStoreException;
import org.credo.verifier.ProofGenerator;
import org.credo.verifier.RangeHashes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Roots, inclusion and consistency proofs of the stored tree, from the stored subtree hashes ({@code log_node}):
 * the O(log n) subtrees a proof needs are worked out first ({@link ProofPlan}) and read in one query.
 */
@ApplicationScoped
public class LogProofs {
    private final AgroalDataSource dataSource;
    private final LogStore store;

    public LogProofs(AgroalDataSource dataSource, LogStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /** MTH of the first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        return read(hashes -> ProofGenerator.root(treeSize, hashes));
    }

    /** The audit path of leaf {@code index} in the tree of {@code treeSize} leaves. */
    public List<byte[]> inclusion(long index, long treeSize) {
        return read(hashes -> ProofGenerator.inclusion(index, treeSize, hashes));
    }

    /** The audit path of leaf {@code index} in the tree of {@code treeSize} leaves, read on {@code connection}. */
    public List<byte[]> inclusion(Connection connection, long index, long treeSize) {
        return read(connection, hashes -> ProofGenerator.inclusion(index, treeSize, hashes));
    }

    /** The proof that the tree of {@code to} leaves extends the tree of {@code from} leaves. */
    public List<byte[]> consistency(long from, long to) {
        return read(hashes -> ProofGenerator.consistency(from, to, hashes));
    }

    /** The consistency proof from {@code from} to {@code to} leaves, read on {@code connection}. */
    public List<byte[]> consistency(Connection connection, long from, long to) {
        return read(connection, hashes -> ProofGenerator.consistency(from, to, hashes));
    }

    private <T> T read(Function<RangeHashes, T> proof) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, proof);
        } catch (SQLException e) {
            throw new AuditStoreException("the log could not be read", e);
        }
    }

    /** Plans the proof, reads every subtree it needs in one query, then builds it from what was read. */
    private <T> T read(Connection connection, Function<RangeHashes, T> proof) {
        Map<NodeAddress, byte[]> stored;
        try {
            stored = store.nodes(connection, ProofPlan.of(proof));
        } catch (SQLException e) {
            throw new AuditStoreException("the log could not be read", e);
        }
        return proof.apply((start, end) -> stored.get(NodeAddress.of(start, end)));
    }
}
