package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The loop of a start-up backfill: one connection, one transaction per chunk of stored records, until a chunk comes
 * back short. A failed chunk is rolled back and stops the start.
 */
final class ChunkedBackfill {
    static final int CHUNK = 1000;

    /** Does one chunk of at most {@link #CHUNK} records in the open transaction; answers how many it did. */
    @FunctionalInterface
    interface Chunk {
        int next(Connection connection) throws SQLException;
    }

    private ChunkedBackfill() {
    }

    /**
     * Runs chunks until one is shorter than {@link #CHUNK}; answers how many records they did.
     *
     * @param failure what could not be done, for the exception when the database fails
     */
    static long run(AgroalDataSource dataSource, String failure, Chunk chunk) {
        long done = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int count;
                do {
                    count = chunk.next(connection);
                    connection.commit();
                    done += count;
                } while (count == CHUNK);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AuditStoreException(failure, e);
        }
        return done;
    }
}
