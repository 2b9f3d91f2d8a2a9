package org.credo.service.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On PostgreSQL, {@code decision_record} is partitioned by the calendar month (UTC) of {@code decided_at}, with a
 * default partition for any record no month's partition takes (migration V90). At start-up and every six hours this
 * creates the partitions of the current and the next month when they are missing, so that the writer's records go to
 * their month's partition a month ahead of need; on H2, whose table is not partitioned, it does nothing.
 */
@ApplicationScoped
public class MonthPartitions {
    private static final Logger LOG = Logger.getLogger(MonthPartitions.class);
    private static final long EVERY_HOURS = 6;

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public MonthPartitions(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The statement that creates the partition of {@code month} of the table {@code parent} unless it exists. */
    public static String createIfMissing(String parent, YearMonth month) {
        return "CREATE TABLE IF NOT EXISTS " + name(month) + " PARTITION OF " + parent + " FOR VALUES FROM ('"
                + month.atDay(1) + " 00:00:00+00') TO ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')";
    }

    /** The name of the partition of {@code month}: {@code decision_record_2026_11}. */
    public static String name(YearMonth month) {
        return String.format("decision_record_%04d_%02d", month.getYear(), month.getMonthValue());
    }

    void start(@Observes StartupEvent event) {
        if (!partitioned()) {
            return;
        }
        ensureAhead();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "credo-month-partitions");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::ensureAhead, EVERY_HOURS, EVERY_HOURS, TimeUnit.HOURS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * Creates the partitions of the current and the next month (UTC) if missing. A failure (another instance creating
     * the same partition at the same moment, or records of that month already in the default partition) is logged
     * and tried again at the next run; records are never refused for it: the default partition takes them.
     */
    public void ensureAhead() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        for (YearMonth month : new YearMonth[] {now, now.plusMonths(1)}) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(createIfMissing("decision_record", month));
            } catch (SQLException e) {
                LOG.warnf("the decision_record partition of %s could not be created (the default partition takes its"
                        + " records until it is): %s", month, e.getMessage());
            }
        }
    }

    /** Whether {@code decision_record} is a partitioned table (PostgreSQL after V90). */
    public boolean partitioned() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return false;
            }
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM pg_partitioned_table"
                    + " WHERE partrelid = 'decision_record'::regclass")) {
                return rs.next() && rs.getLong(1) == 1;
            }
        } catch (SQLException e) {
            LOG.warnf("could not tell whether decision_record is partitioned: %s", e.getMessage());
            return false;
        }
    }
}
