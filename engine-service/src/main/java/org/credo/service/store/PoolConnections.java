package org.credo.service.store;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the physical connections the default datasource's pool holds (Agroal calls every interceptor bean). */
@ApplicationScoped
public class PoolConnections implements AgroalPoolInterceptor {
    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void onConnectionCreate(Connection connection) {
        open.incrementAndGet();
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        open.decrementAndGet();
    }

    /** How many physical connections the pool holds now, lent or idle. */
    public int open() {
        return open.get();
    }
}
