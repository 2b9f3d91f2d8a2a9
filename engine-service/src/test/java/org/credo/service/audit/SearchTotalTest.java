package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.auditor;
import static org.credo.service.audit.VerifiableLogTest.decide;

/**
 * The search's total over a time range is counted from the daily roll-up for the range's whole days of the zone and
 * on the records for its partial days, and is exactly the number of matching records, wherever the range starts and
 * ends.
 */
@QuarkusTest
class SearchTotalTest {
    private static final Instant FIRST = Instant.parse("2026-09-10T02:00:00Z");
    private static final Duration APART = Duration.ofHours(5).plusMinutes(7);
    private static final int RECORDS = 24;

    @Inject
    DecisionIndexBackfill backfill;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, Timestamp> decidedAt = new LinkedHashMap<>();

    /** Twenty-four decisions, five hours and seven minutes apart over five days, rolled up as decided then. */
    @BeforeEach
    void decisionsOverSeveralDays() throws SQLException {
        var moved = new LinkedHashMap<String, Timestamp>();
        for (int i = 0; i < RECORDS; i++) {
            String id = decide();
            decidedAt.put(id, decidedAt(id));
            moved.put(id, Timestamp.from(FIRST.plus(APART.multipliedBy(i))));
        }
        move(moved);
    }

    /** The decisions back at the time they were decided, so that the log verifies again, and rolled up so. */
    @AfterEach
    void decidedWhenTheyWere() throws SQLException {
        move(decidedAt);
    }

    private void move(Map<String, Timestamp> to) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"decision_record", "decision_key"}) {
                try (PreparedStatement move = c.prepareStatement(
                        "UPDATE " + table + " SET decided_at = ? WHERE decision_id = ?")) {
                    for (var record : to.entrySet()) {
                        move.setTimestamp(1, record.getValue());
                        move.setString(2, record.getKey());
                        move.addBatch();
                    }
                    move.executeBatch();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE decision_record SET outcome = NULL");
                s.executeUpdate("DELETE FROM decision_day");
            }
        }
        backfill.run();
    }

    private Timestamp decidedAt(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT decided_at FROM decision_record WHERE decision_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }

    @Test
    void aRangeOfUtcDatesCountsExactlyTheRecordsDecidedInIt() throws SQLException {
        assertThat(assertTotal("2026-09-10", "2026-09-13", null)).as("moved records decided then").isEqualTo(19);
        assertThat(assertTotal("2026-09-11", "2026-09-11", null)).isEqualTo(4);
        assertTotal("2026-09-10", "2026-09-14", "inspection");
        assertTotal("2026-09-10", "2026-09-14", "credit-classification");
    }

    @Test
    void rangesBetweenAnyInstantsCountExactly() throws SQLException {
        assertTotal("2026-09-10T05:30:00Z", "2026-09-12T20:00:00+08:00", null);
        assertTotal("2026-09-11T17:00:00Z", "2026-09-12T14:00:00Z", null);
        assertTotal("2026-09-11T17:00:00Z", "2026-09-11T20:00:00Z", "inspection");
        assertTotal("2026-09-09T16:00:00Z", "2026-09-12T16:00:00Z", "inspection");
    }

    @Test
    void rangesOpenAtOneEndCountExactly() throws SQLException {
        assertTotal("2026-09-11T09:15:00+08:00", null, null);
        assertTotal(null, "2026-09-12T07:00:00Z", "inspection");
    }

    /** Asserts the search's total is the number of matching records, and answers it. */
    private long assertTotal(String from, String to, String type) throws SQLException {
        long expected = countRecords(bound(from, false), bound(to, true), type);
        RequestSpecification request = auditor().queryParam("size", 1);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        if (type != null) {
            request.queryParam("type", type);
        }
        long total = request.get("/api/v1/decisions").then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(total).as("total from %s to %s of type %s", from, to, type).isEqualTo(expected);
        return total;
    }

    /** The API's reading of a bound: a date starts its UTC day ({@code to} includes it), else an instant. */
    private static Instant bound(String value, boolean end) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10) {
            Instant day = Instant.parse(value + "T00:00:00Z");
            return end ? day.plus(Duration.ofDays(1)) : day;
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private long countRecords(Instant from, Instant to, String type) throws SQLException {
        var sql = new StringBuilder("SELECT COUNT(*) FROM decision_record WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (from != null) {
            sql.append(" AND decided_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND decided_at < ?");
            params.add(Timestamp.from(to));
        }
        if (type != null) {
            sql.append(" AND decision_type = ?");
            params.add(type);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                q.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
