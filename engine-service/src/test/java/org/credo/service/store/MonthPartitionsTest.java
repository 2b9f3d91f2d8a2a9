package org.credo.service.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.KNOWN_ENTERPRISE;
import static org.credo.service.Api.auditor;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL the writer's records go to the partition of their month, which exists ahead of need; a record of a
 * month without a partition lands in the default partition and is found like any other. H2 is not partitioned.
 */
@QuarkusTest
class MonthPartitionsTest {
    @Inject
    MonthPartitions partitions;

    @Inject
    AgroalDataSource dataSource;

    private static String decide() {
        return customs().body(inspection(unique("DECL-PART"), KNOWN_ENTERPRISE, "2026-11-26"))
                .post("/api/v1/decisions/inspection").then().statusCode(200).extract().path("decisionId");
    }

    @Test
    void onlyPostgresqlPartitionsTheRecords() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            assertThat(partitions.partitioned()).isEqualTo(postgres);
        }
    }

    @Test
    void aDecisionIsStoredInThePartitionOfItsMonthWhichExistsWithTheNextAhead() throws SQLException {
        assumeTrue(partitions.partitioned(), "decision_record is partitioned on PostgreSQL only");
        partitions.ensureAhead();
        partitions.ensureAhead();
        String id = decide();
        YearMonth month = YearMonth.now(ZoneOffset.UTC);

        String partition = one("SELECT tableoid::regclass::text FROM decision_record WHERE decision_id = ?", id);
        assertThat(partition).isIn(MonthPartitions.name(month), MonthPartitions.name(month.plusMonths(1)));
        assertThat(one("SELECT to_regclass(?)::text", MonthPartitions.name(month.plusMonths(1))))
                .isEqualTo(MonthPartitions.name(month.plusMonths(1)));
    }

    @Test
    void aRecordOfAMonthWithoutPartitionIsKeptInTheDefaultAndFoundById() throws SQLException {
        assumeTrue(partitions.partitioned(), "decision_record is partitioned on PostgreSQL only");
        String id = decide();
        String decidedAt = one("SELECT decided_at::text FROM decision_record WHERE decision_id = ?", id);
        try {
            move(id, "2019-01-15 10:00:00+00");

            assertThat(one("SELECT tableoid::regclass::text FROM decision_record WHERE decision_id = ?", id))
                    .isEqualTo("decision_record_default");
            auditor().get("/api/v1/decisions/" + id).then().statusCode(200).body("decisionId", equalTo(id));
        } finally {
            move(id, decidedAt);
        }
    }

    /** Sets the record's decision time (its hash then fails until it is set back). */
    private void move(String id, String decidedAt) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"decision_record", "decision_key"}) {
                try (PreparedStatement move = c.prepareStatement(
                        "UPDATE " + table + " SET decided_at = ?::timestamptz WHERE decision_id = ?")) {
                    move.setString(1, decidedAt);
                    move.setString(2, id);
                    assertThat(move.executeUpdate()).isEqualTo(1);
                }
            }
        }
    }

    private String one(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
