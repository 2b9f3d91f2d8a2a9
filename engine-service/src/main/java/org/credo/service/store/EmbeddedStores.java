package org.credo.service.store;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The embedded H2 stores behind the pool's connections, and the one repair H2 (2.4.240, 2.5.252 alike) needs after a
 * write failed for want of disk space.
 * <p>
 * H2 counts the statements that read a store version: {@code MVStore.registerVersionUsage} loops until the current
 * version's counter, once incremented, is positive. A commit whose write fails can leave that counter negative (the
 * transaction's version usage is given back twice), and the store, closed by the failure, never moves to a new
 * version again. From then on every statement on a connection to that store spins on one core and never returns: the
 * audit writer's first (resetting auto-commit after its failed commit), then the stop, which waits for its
 * connection. {@link #releaseFailed()} gives such a store a fresh counter, so those statements go on and fail as on
 * any closed database, and the pool replaces their connections. Only stores a failed write closed are touched.
 */
@ApplicationScoped
public class EmbeddedStores implements AgroalPoolInterceptor {
    private static final Logger LOG = Logger.getLogger(EmbeddedStores.class);
    private static final VersionCounters COUNTERS = new VersionCounters();

    private final Set<MVStore> stores = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (connection.isWrapperFor(JdbcConnection.class)
                    && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                    && local.getDatabase().getStore() != null) {
                stores.add(local.getDatabase().getStore().getMvStore());
            }
        } catch (SQLException e) {
            LOG.debugf("not an embedded H2 connection: %s", e.getMessage());
        }
    }

    /**
     * Gives every store that a failed write closed, and whose version counter is left negative, a fresh counter.
     *
     * @return how many stores were released
     */
    public int releaseFailed() {
        List<MVStore> failed;
        synchronized (stores) {
            failed = stores.stream().filter(store -> store.getPanicException() != null).toList();
        }
        int released = 0;
        for (MVStore store : failed) {
            if (COUNTERS.releaseIfNegative(store)) {
                LOG.warnf("statements on the H2 store that a failed write closed (%s) waited for ever on its version "
                        + "counter: gave it a fresh one, so that they fail and their connections are replaced",
                        store.getPanicException().getMessage());
                released++;
            }
        }
        return released;
    }

    /** H2's private version counter of a store, reached by reflection: H2 offers no way to read or reset it. */
    static final class VersionCounters {
        private final Field current;
        private final Constructor<?> fresh;
        private final Method count;

        VersionCounters() {
            try {
                current = MVStore.class.getDeclaredField("currentTxCounter");
                current.setAccessible(true);
                fresh = MVStore.TxCounter.class.getDeclaredConstructor(long.class);
                fresh.setAccessible(true);
                count = MVStore.TxCounter.class.getDeclaredMethod("get");
                count.setAccessible(true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this H2 version keeps its version counter elsewhere", e);
            }
        }

        boolean releaseIfNegative(MVStore store) {
            try {
                var counter = (MVStore.TxCounter) current.get(store);
                if ((int) count.invoke(counter) >= 0) {
                    return false;
                }
                current.set(store, fresh.newInstance(counter.version));
                return true;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("H2's version counter could not be reset", e);
            }
        }
    }
}
