package org.credo.service.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.channels.OverlappingFileLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Heals the embedded H2 database after a write failed (a full disk). H2 then closes the database, and the next new
 * connection reopens it from its file. But a pooled connection to the closed database, used after that, makes H2
 * forget the reopened one ({@code SessionLocal.getTransaction} calls {@code Database.shutdownImmediately}, which
 * removes whatever database is registered under the name): the reopened database stays open for the connections
 * that hold it, and keeps its file lock, so H2 refuses every new connection with "Database may be already in use"
 * (an {@link OverlappingFileLockException}: the lock is this process's own). Decisions go on over the pooled
 * connections, but whatever needs one connection more fails until a restart — the log's verification, which holds
 * one connection while its proofs take another, answered 503 for good.
 * <p>
 * Every second, while the pool holds connections, the watch asks H2 for a fresh session with the pool's URL. When H2
 * refuses it for a lock this process holds, the watch flushes the pool: idle connections close at once, lent ones
 * when returned, the forgotten database closes with its last connection and the next connection reopens it.
 * Before that it releases the statements that wait for ever on the failed store ({@link EmbeddedStores}).
 */
@ApplicationScoped
public class EmbeddedDatabaseWatch {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseWatch.class);
    private static final long EVERY_MILLIS = 1000;
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final AgroalDataSource pool;
    private final PoolConnections connections;
    private final EmbeddedStores stores;
    private final String url;
    private final Properties credentials = new Properties();
    private ScheduledExecutorService scheduler;

    @Inject
    public EmbeddedDatabaseWatch(AgroalDataSource pool, PoolConnections connections, EmbeddedStores stores,
                                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "") String user,
                                 @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
                                 String password) {
        this.pool = pool;
        this.connections = connections;
        this.stores = stores;
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    void start(@Observes StartupEvent event) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "credo-embedded-database-watch");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * Releases statements waiting for ever on a store a failed write closed; then asks H2 for a fresh session unless
     * the pool holds no connection (the database is then closed, and opening it only to look would cost a start and a
     * stop), and flushes the pool when H2 has forgotten the database it holds open.
     *
     * @return whether the pool was flushed
     */
    public boolean check() {
        stores.releaseFailed();
        if (connections.open() == 0) {
            return false;
        }
        try (Connection fresh = org.h2.Driver.load().connect(url, credentials)) {
            return false;
        } catch (SQLException e) {
            if (!heldByThisProcess(e)) {
                return false;
            }
            LOG.warnf("H2 refuses new connections to %s, which the pool's connections hold open (%s): flushing the "
                    + "pool so that the database closes and opens again", url, e.getMessage());
            pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("the embedded database could not be checked: %s", e.getMessage());
            return false;
        }
    }

    private static boolean heldByThisProcess(SQLException e) {
        if (e.getErrorCode() != DATABASE_ALREADY_OPEN) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }
}
