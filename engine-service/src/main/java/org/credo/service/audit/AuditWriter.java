package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.audit.log.LogAppend;
import org.credo.service.audit.log.LogLeaf;
import org.credo.service.audit.log.LogStore;
import org.credo.service.config.AuditConfig;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Appends decision records to the one audit log. A single writer thread per instance takes every record waiting,
 * locks the log head in the database (so that instances sharing the database take turns per batch and never race
 * for a sequence number), looks up in one query which of their idempotency keys are stored already (a retry: the
 * stored record answers in its place and nothing is appended), links the others (sequence, previous hash, hash) and
 * appends their leaves to the Merkle tree, inserts records and completed subtree hashes with JDBC batches, moves
 * the head and commits once (group commit). A caller is answered only after the commit that holds its record. When
 * a batch fails (say two of its records carry one key, or the database refuses one), the writer rolls back and
 * retries its records one by one, so one unstorable record fails only its own decision.
 * On stop it takes no new records, commits every record already waiting, and only then lets the datasource close.
 */
@ApplicationScoped
public class AuditWriter {
    private static final Logger LOG = Logger.getLogger(AuditWriter.class);

    private final AgroalDataSource dataSource;
    private final AuditStore store;
    private final AuditConfig config;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final LogStore log;
    private volatile Thread thread;
    private volatile boolean stopping;

    public AuditWriter(AgroalDataSource dataSource, AuditStore store, AuditConfig config, LogStore log) {
        this.dataSource = dataSource;
        this.store = store;
        this.config = config;
        this.log = log;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "credo-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Drains: records already queued are committed (bounded by the commit timeout), later ones are refused. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread running = thread;
        if (running != null) {
            running.join(config.commitTimeout().toMillis());
            LOG.infof("audit writer stopped, %d records left uncommitted", queue.size());
        }
    }

    /**
     * Stores unsealed records as the chain's next links, in order, and waits until every one is committed. A record
     * whose idempotency key is stored already is not appended: the stored record is answered in its place.
     *
     * @return the records as stored, with sequence and hashes (for a retry, the record stored before)
     * @throws AuditStoreException when any could not be committed (the others may be stored)
     */
    public List<AuditRecord> appendAll(List<AuditRecord> unsealed) {
        if (stopping) {
            throw new AuditStoreException("the service is stopping", null);
        }
        var pending = unsealed.stream()
                .map(Pending::of).toList();
        queue.addAll(pending);
        long deadline = System.nanoTime() + config.commitTimeout().toNanos();
        var stored = new ArrayList<AuditRecord>(pending.size());
        for (Pending p : pending) {
            stored.add(await(p, deadline));
        }
        return stored;
    }

    private static AuditRecord await(Pending pending, long deadline) {
        try {
            return pending.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AuditStoreException store ? store
                    : new AuditStoreException("the decision record could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditStoreException("the decision record was not committed in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditStoreException("interrupted while storing the decision record", e);
        }
    }

    private void run() {
        var batch = new ArrayList<Pending>();
        while (true) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopping) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, config.maxBatch() - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("audit writer failure", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<AuditRecord> sealed = commit(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(sealed.get(i));
            }
        } catch (SQLException batchFailure) {
            LOG.warnf("audit batch of %d records not committed, retrying them one by one: %s", batch.size(),
                    batchFailure.getMessage());
            for (Pending one : batch) {
                try {
                    one.done().complete(commit(List.of(one)).get(0));
                } catch (SQLException e) {
                    one.done().completeExceptionally(
                            new AuditStoreException("the decision record could not be stored", e));
                }
            }
        }
    }

    private List<AuditRecord> commit(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var append = new LogAppend(log.lock(connection));
                Map<String, AuditRecord> stored = store.byIdempotencyKeys(connection, keysOf(batch));
                var answers = new ArrayList<AuditRecord>(batch.size());
                var sealed = new ArrayList<AuditStore.Row>(batch.size());
                for (Pending p : batch) {
                    AuditRecord before = p.unsealed().idempotencyKey() == null ? null
                            : stored.get(p.unsealed().idempotencyKey());
                    if (before != null) {
                        answers.add(before);
                        continue;
                    }
                    AuditRecord record = p.unsealed().seal(append.nextSequence(), append.previousHash(),
                            p.canonicalBody());
                    append.append(record.hash(), LogLeaf.of(p.canonicalBody()));
                    sealed.add(new AuditStore.Row(record, p.content()));
                    answers.add(record);
                }
                if (!sealed.isEmpty()) {
                    store.insert(connection, sealed);
                    log.advance(connection, append);
                }
                connection.commit();
                return answers;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static Set<String> keysOf(List<Pending> batch) {
        var keys = new HashSet<String>();
        for (Pending p : batch) {
            if (p.unsealed().idempotencyKey() != null) {
                keys.add(p.unsealed().idempotencyKey());
            }
        }
        return keys;
    }

    /** A record waiting for its link, with its body serialised once, on the caller's thread, for store and hash. */
    private record Pending(AuditRecord unsealed, String content, String canonicalBody,
                           CompletableFuture<AuditRecord> done) {
        static Pending of(AuditRecord unsealed) {
            String content = unsealed.storedBody() != null ? unsealed.storedBody()
                    : CanonicalJson.of(unsealed.body());
            return new Pending(unsealed, content, unsealed.canonicalBody(content), new CompletableFuture<>());
        }
    }
}
