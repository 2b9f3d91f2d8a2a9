package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.audit.log.LogStore;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Labels the records stored before outcomes had a column of their own (migration V80) and adds them to the daily
 * roll-up, so statistics and the outcome filter count every record. Runs at start-up, before the {@link AuditWriter}
 * starts, in chunks, each under the log head's lock (which every writer takes), so a record is rolled up exactly once
 * even when instances start together or another instance is deciding.
 */
@ApplicationScoped
public class DecisionIndexBackfill {
    private static final Logger LOG = Logger.getLogger(DecisionIndexBackfill.class);
    private static final int CHUNK = 1000;

    private final AgroalDataSource dataSource;
    private final AuditStore store;
    private final LogStore log;

    public DecisionIndexBackfill(AgroalDataSource dataSource, AuditStore store, LogStore log) {
        this.dataSource = dataSource;
        this.store = store;
        this.log = log;
    }

    void onStart(@Observes @Priority(2100) StartupEvent event) {
        run();
    }

    /** Labels and rolls up every record without an outcome; answers how many. */
    public long run() {
        long labelled = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int chunk;
                do {
                    log.lock(connection);
                    chunk = store.labelUnlabelled(connection, CHUNK);
                    connection.commit();
                    labelled += chunk;
                } while (chunk == CHUNK);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the stored records could not be labelled for statistics", e);
        }
        if (labelled > 0) {
            LOG.infof("labelled and rolled up %d records stored before outcomes were indexed", labelled);
        }
        return labelled;
    }
}
