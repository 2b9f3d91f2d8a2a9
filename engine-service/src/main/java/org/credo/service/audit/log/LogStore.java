package org.credo.service.audit.log;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditStoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The tables {@code log_head} and {@code log_node}, through plain JDBC. */
@ApplicationScoped
public class LogStore {
    private final AgroalDataSource dataSource;

    public LogStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Reads the head and locks its row until the caller's transaction ends: whoever appends holds this lock, so
     * appends by several instances take turns and never race for a sequence number.
     */
    public LogHead lock(Connection connection) throws SQLException {
        return read(connection, "SELECT tree_size, chain_hash, frontier FROM log_head WHERE id = 1 FOR UPDATE");
    }

    /** The head as last committed, without locking. */
    public LogHead head() {
        try (Connection c = dataSource.getConnection()) {
            return read(c, "SELECT tree_size, chain_hash, frontier FROM log_head WHERE id = 1");
        } catch (SQLException e) {
            throw new AuditStoreException("the log head could not be read", e);
        }
    }

    private static LogHead read(Connection connection, String sql) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("log_head has no row: the V20 migration did not run");
            }
            return new LogHead(rs.getString(2), Frontier.decode(rs.getLong(1), rs.getBytes(3)));
        }
    }

    /** Stores the subtree hashes an append completed and the new head, in the caller's (locking) transaction. */
    public void advance(Connection connection, LogAppend append) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO log_node (level, idx, hash) VALUES (?, ?, ?)")) {
            for (LogNode node : append.nodes()) {
                insert.setInt(1, node.level());
                insert.setLong(2, node.index());
                insert.setBytes(3, node.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        LogHead head = append.head();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE log_head SET tree_size = ?, chain_hash = ?, frontier = ? WHERE id = 1")) {
            update.setLong(1, head.treeSize());
            update.setString(2, head.chainHash());
            update.setBytes(3, head.frontier().encoded());
            update.executeUpdate();
        }
    }

    /**
     * The stored hashes of the given complete subtrees, in one query; a missing one means the tree was tampered
     * with.
     */
    public Map<NodeAddress, byte[]> nodes(Connection connection, Set<NodeAddress> wanted) throws SQLException {
        var found = new HashMap<NodeAddress, byte[]>();
        if (wanted.isEmpty()) {
            return found;
        }
        String rows = String.join(", ", Collections.nCopies(wanted.size(), "(?, ?)"));
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT level, idx, hash FROM log_node WHERE (level, idx) IN (" + rows + ")")) {
            int parameter = 1;
            for (NodeAddress node : wanted) {
                q.setInt(parameter++, node.level());
                q.setLong(parameter++, node.index());
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(new NodeAddress(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                }
            }
        }
        for (NodeAddress node : wanted) {
            if (!found.containsKey(node)) {
                throw new SQLException("log_node has no hash at level " + node.level() + ", index " + node.index());
            }
        }
        return found;
    }

    /** The stored hashes of level {@code level} with index in [from, to), by index, in one range read. */
    public Map<Long, byte[]> level(Connection connection, int level, long from, long to) throws SQLException {
        var found = new HashMap<Long, byte[]>();
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT idx, hash FROM log_node WHERE level = ? AND idx >= ? AND idx < ?")) {
            q.setInt(1, level);
            q.setLong(2, from);
            q.setLong(3, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        }
        return found;
    }
}
