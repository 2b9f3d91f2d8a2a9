package org.credo.service.audit.log;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditStoreException;
import org.credo.verifier.ProofGenerator;
import org.credo.verifier.RangeHashes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Roots, inclusion and consistency proofs of the stored tree, from the stored subtree hashes ({@code log_node}):
 * O(log n) point reads each, on one connection.
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

    /** The proof that the tree of {@code to} leaves extends the tree of {@code from} leaves. */
    public List<byte[]> consistency(long from, long to) {
        return read(hashes -> ProofGenerator.consistency(from, to, hashes));
    }

    private <T> T read(Function<RangeHashes, T> proof) {
        try (Connection connection = dataSource.getConnection()) {
            return proof.apply(stored(connection));
        } catch (SQLException e) {
            throw new AuditStoreException("the log could not be read", e);
        }
    }

    /** The complete subtrees as stored; a missing one is an {@link AuditStoreException}. */
    public RangeHashes stored(Connection connection) {
        return (start, end) -> {
            int level = Long.numberOfTrailingZeros(end - start);
            try {
                return store.node(connection, level, start >>> level);
            } catch (SQLException e) {
                throw new AuditStoreException("the log could not be read", e);
            }
        };
    }
}
