package org.credo.service.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V90 on the database the suite runs on (H2 by default, PostgreSQL with -Dcredo.test.db=postgresql), in a
 * scratch schema: records stored before it keep their keys in {@code decision_key}, and on PostgreSQL are copied into
 * the partition of their month.
 */
class DecisionPartitionMigrationTest {
    private static final boolean POSTGRES = "postgresql".equals(System.getProperty("credo.test.db"));
    private static final String URL = POSTGRES ? System.getProperty("credo.test.jdbc-url")
            : "jdbc:h2:mem:v90_migration;DB_CLOSE_DELAY=-1";
    private static final String SCHEMA = POSTGRES ? "v90_migration" : "PUBLIC";

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "credo", "credo").schemas(SCHEMA).cleanDisabled(false)
                .locations("classpath:db/migration").target(target).load();
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, "credo", "credo");
        c.setSchema(SCHEMA);
        return c;
    }

    @BeforeEach
    void recordsStoredBeforeTheMigration() throws SQLException {
        storeThreeRecordsBeforeV90();
        flyway("latest").migrate();
    }

    /** The log before V90: three records over two months, one with an idempotency key. */
    private void storeThreeRecordsBeforeV90() throws SQLException {
        flyway("latest").clean();
        flyway("80").migrate();
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO decision_record"
                + " (sequence, decision_id, decision_type, enterprise_id, idempotency_key, ruleset_version, principal,"
                + " requested_at, decided_at, content, previous_hash, hash) VALUES (?, ?, 'inspection', NULL, ?, 'v1',"
                + " 'customs', ?, ?, '{}', 'p', 'h')")) {
            String[][] rows = {{"1", "00000000-0000-0000-0000-000000000001", null, "2026-10-15T08:00:00Z"},
                {"2", "00000000-0000-0000-0000-000000000002", "retry-2", "2026-10-31T23:59:59Z"},
                {"3", "00000000-0000-0000-0000-000000000003", null, "2026-11-01T00:00:00Z"}};
            for (String[] row : rows) {
                insert.setLong(1, Long.parseLong(row[0]));
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setObject(4, OffsetDateTime.parse(row[3]));
                insert.setObject(5, OffsetDateTime.parse(row[3]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Test
    void everyStoredRecordKeepsItsUniqueKeys() throws SQLException {
        assertThat(rows("SELECT decision_id, idempotency_key, sequence FROM decision_key ORDER BY sequence"))
                .containsExactly("00000000-0000-0000-0000-000000000001|null|1",
                        "00000000-0000-0000-0000-000000000002|retry-2|2",
                        "00000000-0000-0000-0000-000000000003|null|3");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO decision_key VALUES ('00000000-0000-0000-0000-"
                    + "000000000003', NULL, 4, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00')"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("23505");
            assertThatThrownBy(() -> s.execute("INSERT INTO decision_key VALUES ('00000000-0000-0000-0000-"
                    + "000000000004', 'retry-2', 4, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00')"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("23505");
        }
    }

    @Test
    void aMigrationKilledAfterItCreatedTheKeyTableRunsAgainAndFillsIt() throws SQLException {
        storeThreeRecordsBeforeV90();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // what H2 keeps of a V90 killed midway (it commits DDL at once): the table, part of it, no migration row
            s.execute("CREATE TABLE decision_key (decision_id VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " idempotency_key VARCHAR(300) UNIQUE, sequence BIGINT NOT NULL UNIQUE,"
                    + " decided_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("INSERT INTO decision_key SELECT decision_id, idempotency_key, sequence, decided_at"
                    + " FROM decision_record WHERE sequence = 1");
        }

        flyway("latest").migrate();

        assertThat(rows("SELECT decision_id, idempotency_key, sequence FROM decision_key ORDER BY sequence"))
                .containsExactly("00000000-0000-0000-0000-000000000001|null|1",
                        "00000000-0000-0000-0000-000000000002|retry-2|2",
                        "00000000-0000-0000-0000-000000000003|null|3");
    }

    @Test
    void everyRecordIsKeptAndOnPostgresqlCopiedIntoThePartitionOfItsUtcMonth() throws SQLException {
        if (!POSTGRES) {
            assertThat(rows("SELECT COUNT(*) FROM decision_record")).containsExactly("3");
            return;
        }
        assertThat(rows("SELECT sequence, tableoid::regclass FROM decision_record ORDER BY sequence")).containsExactly(
                "1|decision_record_2026_10", "2|decision_record_2026_10", "3|decision_record_2026_11");
        YearMonth next = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        assertThat(rows("SELECT relname FROM pg_class WHERE relnamespace = '" + SCHEMA + "'::regnamespace"
                + " AND relname IN ('decision_record_default', '" + MonthPartitions.name(next) + "')"))
                .containsExactlyInAnyOrder("decision_record_default", MonthPartitions.name(next));
        assertThat(rows("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = '" + SCHEMA + ".decision_record'::regclass"
                + " AND i.indisprimary ORDER BY a.attname")).containsExactly("decided_at", "sequence");
    }

    private List<String> rows(String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
