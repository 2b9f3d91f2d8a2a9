package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.audit.log.LogStore;
import org.jboss.logging.Logger;

/**
 * Labels the records stored before outcomes had a column of their own (migration V80) and adds them to the daily
 * roll-up, so statistics and the outcome filter count every record. Runs at start-up, before the {@link AuditWriter}
 * starts, in chunks, each under the log head's lock (which every writer takes), so a record is rolled up exactly once
 * even when instances start together or another instance is deciding.
 */
@ApplicationScoped
public class DecisionIndexBackfill {
    private static final Logger LOG = Logger.getLogger(DecisionIndexBackfill.class);

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
        long labelled = ChunkedBackfill.run(dataSource, "the stored records could not be labelled for statistics",
                connection -> {
                    log.lock(connection);
                    return store.labelUnlabelled(connection, ChunkedBackfill.CHUNK);
                });
        if (labelled > 0) {
            LOG.infof("labelled and rolled up %d records stored before outcomes were indexed", labelled);
        }
        return labelled;
    }
}
