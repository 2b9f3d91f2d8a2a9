package org.credo.service.audit.log;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

/**
 * The table {@code log_key}: the embedded default's log key, generated at first start and kept, so that checkpoints
 * signed before a restart still verify. Instances starting together keep whichever key was stored first.
 */
@ApplicationScoped
public class LogKeyStore {
    private static final int SEED_SIZE = 32;

    private final AgroalDataSource dataSource;

    public LogKeyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored private key seed, generated and stored first if there is none. */
    public byte[] seed() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            byte[] stored = stored(c);
            if (stored != null) {
                return stored;
            }
            byte[] seed = new byte[SEED_SIZE];
            new SecureRandom().nextBytes(seed);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO log_key (id, private_key, created_at) VALUES (1, ?, ?)")) {
                insert.setString(1, Base64.getEncoder().encodeToString(seed));
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                return seed;
            } catch (SQLException raced) {
                byte[] winner = stored(c);
                if (winner == null) {
                    throw raced;
                }
                return winner;
            }
        }
    }

    private static byte[] stored(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT private_key FROM log_key WHERE id = 1");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? Base64.getDecoder().decode(rs.getString(1)) : null;
        }
    }
}
