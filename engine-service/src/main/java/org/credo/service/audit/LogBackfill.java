package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.audit.log.LogAppend;
import org.credo.service.audit.log.LogLeaf;
import org.credo.service.audit.log.LogStore;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Puts records stored before the Merkle log existed (or by a version without it) into the tree, in sequence order,
 * before this instance appends anything: their leaves are recomputed from the stored records, their chain hashes
 * kept as stored. Runs at start-up, before the {@link AuditWriter} starts (which observes the start later), in
 * chunks, each under the log head's lock, so instances starting together do it once. A gap in the sequences stops
 * the start: the log cannot be built over it.
 */
@ApplicationScoped
public class LogBackfill {
    private static final Logger LOG = Logger.getLogger(LogBackfill.class);

    private final AgroalDataSource dataSource;
    private final AuditStore store;
    private final LogStore log;

    public LogBackfill(AgroalDataSource dataSource, AuditStore store, LogStore log) {
        this.dataSource = dataSource;
        this.store = store;
        this.log = log;
    }

    void onStart(@Observes @Priority(2000) StartupEvent event) {
        run();
    }

    /** Appends every stored record the tree lacks; answers how many. */
    public long run() {
        long added = ChunkedBackfill.run(dataSource, "the stored records could not be put into the log", this::chunk);
        if (added > 0) {
            LOG.infof("put %d records stored before the Merkle log into it", added);
        }
        return added;
    }

    private int chunk(Connection connection) throws SQLException {
        var append = new LogAppend(log.lock(connection));
        List<AuditRecord> records = store.after(connection, append.head().treeSize(), ChunkedBackfill.CHUNK);
        for (AuditRecord record : records) {
            if (record.sequence() != append.nextSequence()) {
                throw new SQLException("decision_record has no sequence " + append.nextSequence()
                        + " but has " + record.sequence() + ": the log cannot be built over a gap");
            }
            append.append(record.hash(), LogLeaf.of(record));
        }
        if (!records.isEmpty()) {
            log.advance(connection, append);
        }
        return records.size();
    }
}
