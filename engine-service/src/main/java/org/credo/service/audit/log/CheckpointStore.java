package org.credo.service.audit.log;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditStoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The table {@code log_checkpoint}: one signed checkpoint per tree size, whichever instance signed it. */
@ApplicationScoped
public class CheckpointStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final AgroalDataSource dataSource;

    public CheckpointStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored checkpoint: its size, root and signed note text. */
    public record Stored(long treeSize, byte[] rootHash, String note) {
    }

    /** The checkpoint of the largest tree size, if any. */
    public Optional<Stored> latest() {
        return one("SELECT tree_size, root_hash, note FROM log_checkpoint ORDER BY tree_size DESC "
                + "FETCH FIRST 1 ROWS ONLY", null);
    }

    /** The checkpoint of exactly {@code treeSize} leaves, if one was issued. */
    public Optional<Stored> ofSize(long treeSize) {
        return one("SELECT tree_size, root_hash, note FROM log_checkpoint WHERE tree_size = ?", treeSize);
    }

    /** The signed notes of the stored checkpoints of sizes in ({@code from}, {@code to}], by size. */
    public Map<Long, String> notesBetween(Connection connection, long from, long to) throws SQLException {
        var notes = new HashMap<Long, String>();
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT tree_size, note FROM log_checkpoint WHERE tree_size > ? AND tree_size <= ?")) {
            q.setLong(1, from);
            q.setLong(2, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    notes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return notes;
    }

    /** Stores a checkpoint unless one of that size is stored already (another instance signed it); answers which. */
    public boolean storeIfAbsent(Stored checkpoint, Instant issuedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO log_checkpoint (tree_size, root_hash, note, issued_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.treeSize());
            insert.setBytes(2, checkpoint.rootHash());
            insert.setString(3, checkpoint.note());
            insert.setTimestamp(4, Timestamp.from(issuedAt));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new AuditStoreException("the checkpoint could not be stored", e);
        }
    }

    private Optional<Stored> one(String sql, Long parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setLong(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getLong(1), rs.getBytes(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the checkpoints could not be read", e);
        }
    }
}
