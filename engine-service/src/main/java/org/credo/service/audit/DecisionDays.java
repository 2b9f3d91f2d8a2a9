package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.config.ZoneConfig;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The daily roll-up of the decision log ({@code decision_day}): per day of the zone, decision type, outcome and credit
 * class, how many decisions, how many selected and the sum of their inspection rates. Added to in the transaction that
 * stores the records, so it always counts exactly the stored records; statistics read it instead of the records.
 */
@ApplicationScoped
public class DecisionDays {
    private static final String INSPECTION = "inspection";

    private final AgroalDataSource dataSource;
    private final ZoneId zone;

    public DecisionDays(AgroalDataSource dataSource, ZoneConfig zone) {
        this.dataSource = dataSource;
        this.zone = zone.timeZone();
    }

    /** One roll-up row: what it counts, and the counts. */
    public record Day(LocalDate day, String type, String outcome, String creditClass, long decisions, long selected,
                      BigDecimal rateSum) {
        Key key() {
            return new Key(day, type, outcome, creditClass);
        }

        Day plus(Day other) {
            return new Day(day, type, outcome, creditClass, decisions + other.decisions, selected + other.selected,
                    rateSum.add(other.rateSum));
        }
    }

    private record Key(LocalDate day, String type, String outcome, String creditClass) {
    }

    /** The one-decision roll-up row of a record, labelled with {@code outcome}. */
    Day of(AuditRecord record, String outcome) {
        LocalDate day = record.decidedAt().atZone(zone).toLocalDate();
        if (!record.type().equals(INSPECTION)) {
            return new Day(day, record.type(), outcome, "", 1, 0, BigDecimal.ZERO);
        }
        JsonNode outputs = record.outputs();
        JsonNode rate = outputs.path("inspectionRate");
        String creditClass = outputs.path("creditClass").asText("?");
        return new Day(day, record.type(), outcome, creditClass.length() > OutcomeLabels.MAX_LENGTH
                ? creditClass.substring(0, OutcomeLabels.MAX_LENGTH) : creditClass, 1,
                outputs.path("selected").asBoolean() ? 1 : 0, rate.isNumber() ? rate.decimalValue() : BigDecimal.ZERO);
    }

    /** Adds the rows (one per stored record, or already summed) on the caller's connection and transaction. */
    void add(Connection connection, List<Day> rows) throws SQLException {
        var sums = new LinkedHashMap<Key, Day>();
        rows.forEach(row -> sums.merge(row.key(), row, Day::plus));
        var inserts = new ArrayList<Day>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE decision_day SET decisions = decisions"
                + " + ?, selected = selected + ?, rate_sum = rate_sum + ? WHERE decided_on = ? AND decision_type = ?"
                + " AND outcome = ? AND credit_class = ?")) {
            for (Day sum : sums.values()) {
                update.setLong(1, sum.decisions());
                update.setLong(2, sum.selected());
                update.setBigDecimal(3, sum.rateSum());
                bindKey(update, 4, sum);
                if (update.executeUpdate() == 0) {
                    inserts.add(sum);
                }
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO decision_day (decided_on,"
                + " decision_type, outcome, credit_class, decisions, selected, rate_sum)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Day sum : inserts) {
                bindKey(insert, 1, sum);
                insert.setLong(5, sum.decisions());
                insert.setLong(6, sum.selected());
                insert.setBigDecimal(7, sum.rateSum());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement statement, int first, Day day) throws SQLException {
        statement.setDate(first, Date.valueOf(day.day()));
        statement.setString(first + 1, day.type());
        statement.setString(first + 2, day.outcome());
        statement.setString(first + 3, day.creditClass());
    }

    /** Every roll-up row of the days from {@code from} to {@code to}, both included. */
    public List<Day> between(LocalDate from, LocalDate to) {
        var days = new ArrayList<Day>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT decided_on,"
                + " decision_type, outcome, credit_class, decisions, selected, rate_sum FROM decision_day"
                + " WHERE decided_on >= ? AND decided_on <= ?")) {
            q.setDate(1, Date.valueOf(from));
            q.setDate(2, Date.valueOf(to));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    days.add(new Day(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7)));
                }
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the decision roll-up could not be read", e);
        }
        return days;
    }

    /** The range [from, to) (null: open) cut at this zone's day boundaries. */
    DaySplit split(Instant from, Instant to) {
        return DaySplit.of(from, to, zone);
    }

    /**
     * How many decisions of a type and of any of the outcomes there are (null: any), summed over the days from
     * {@code first} to {@code last}, both included (null: unbounded): a count of the log without reading it.
     */
    long count(String type, List<String> outcomes, LocalDate first, LocalDate last) {
        var sql = new StringBuilder("SELECT COALESCE(SUM(decisions), 0) FROM decision_day WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (type != null) {
            sql.append(" AND decision_type = ?");
            params.add(type);
        }
        if (outcomes != null) {
            sql.append(" AND outcome IN (").append(placeholders(outcomes.size())).append(")");
            params.addAll(outcomes);
        }
        if (first != null) {
            sql.append(" AND decided_on >= ?");
            params.add(Date.valueOf(first));
        }
        if (last != null) {
            sql.append(" AND decided_on <= ?");
            params.add(Date.valueOf(last));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                q.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the decision roll-up could not be counted", e);
        }
    }

    /** The stored outcome labels equal to {@code label} but for case. */
    public List<String> labelsLike(String label) {
        var labels = new ArrayList<String>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT DISTINCT outcome FROM decision_day WHERE LOWER(outcome) = LOWER(?)")) {
            q.setString(1, label);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the decision roll-up could not be read", e);
        }
        return labels;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
