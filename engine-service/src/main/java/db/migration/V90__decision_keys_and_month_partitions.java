package db.migration;

import org.credo.service.store.MonthPartitions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The decision keys get a table of their own, and on PostgreSQL the records are partitioned by month.
 * <p>
 * {@code decision_key} (both databases) holds what must be unique across the whole log: the decision id, the
 * idempotency key and the sequence, with the record's {@code decided_at} so that a lookup by id or key reads one
 * partition. On PostgreSQL {@code decision_record} becomes a table partitioned by the UTC month of {@code decided_at}:
 * its unique constraints must include the partition key, so its primary key is (sequence, decided_at) and the
 * uniqueness of ids, keys and sequences lives in {@code decision_key}. Every stored record is copied into the
 * partitioned table (one partition per month that holds records, through the next month, and a default partition);
 * {@code MonthPartitions} creates later months ahead of need. H2 keeps its single table as it was.
 * <p>
 * H2 commits DDL at once, so a process killed in the middle of this migration there leaves {@code decision_key}
 * created but the migration unrecorded: the next start runs it again, refilling the table from the records.
 */
public class V90__decision_keys_and_month_partitions extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS decision_key (decision_id VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " idempotency_key VARCHAR(300) UNIQUE, sequence BIGINT NOT NULL UNIQUE,"
                    + " decided_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("DELETE FROM decision_key");
            s.execute("INSERT INTO decision_key (decision_id, idempotency_key, sequence, decided_at)"
                    + " SELECT decision_id, idempotency_key, sequence, decided_at FROM decision_record");
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                partitionByMonth(s);
            }
        }
    }

    private static void partitionByMonth(Statement s) throws SQLException {
        YearMonth last = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        YearMonth first = last;
        try (ResultSet rs = s.executeQuery("SELECT MIN(decided_at), MAX(decided_at) FROM decision_record")) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(1, OffsetDateTime.class);
            OffsetDateTime newest = rs.getObject(2, OffsetDateTime.class);
            if (oldest != null) {
                first = YearMonth.from(oldest.withOffsetSameInstant(ZoneOffset.UTC));
                YearMonth newestMonth = YearMonth.from(newest.withOffsetSameInstant(ZoneOffset.UTC));
                last = newestMonth.isAfter(last) ? newestMonth : last;
            }
        }
        s.execute("CREATE TABLE decision_record_by_month (LIKE decision_record INCLUDING DEFAULTS)"
                + " PARTITION BY RANGE (decided_at)");
        s.execute("CREATE TABLE decision_record_default PARTITION OF decision_record_by_month DEFAULT");
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            s.execute(MonthPartitions.createIfMissing("decision_record_by_month", month));
        }
        s.execute("INSERT INTO decision_record_by_month SELECT * FROM decision_record");
        s.execute("DROP TABLE decision_record");
        s.execute("ALTER TABLE decision_record_by_month RENAME TO decision_record");
        s.execute("ALTER TABLE decision_record ADD PRIMARY KEY (sequence, decided_at)");
        s.execute("CREATE INDEX decision_record_decided ON decision_record (decided_at)");
        s.execute("CREATE INDEX decision_record_enterprise ON decision_record (enterprise_id, decided_at)");
        s.execute("CREATE INDEX decision_record_outcome ON decision_record (outcome, sequence)");
        s.execute("CREATE INDEX decision_record_type ON decision_record (decision_type, sequence)");
    }
}
