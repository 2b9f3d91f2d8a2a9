package org.credo.service.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code decision_record} table, through plain JDBC: batch inserts, lookups, search and ordered cursors. Records
 * read for people (lookups, search, export) show their rule texts, resolved from their rule-set version; records read
 * for the log (its walks and leaves) are read as stored.
 */
@ApplicationScoped
public class AuditStore {
    private static final String COLUMNS = "sequence, decision_id, decision_type, enterprise_id, idempotency_key, "
            + "ruleset_version, as_of, principal, requested_at, decided_at, content, previous_hash, hash";
    /** The record found through its key: one unique index read, then the one partition of its month. */
    private static final String BY_KEY = "SELECT r." + COLUMNS.replace(", ", ", r.") + " FROM decision_key k"
            + " JOIN decision_record r ON r.sequence = k.sequence AND r.decided_at = k.decided_at WHERE ";

    private final AgroalDataSource dataSource;
    private final RuleTextSource ruleTexts;
    private final DecisionDays days;

    public AuditStore(AgroalDataSource dataSource, RuleTextSource ruleTexts, DecisionDays days) {
        this.dataSource = dataSource;
        this.ruleTexts = ruleTexts;
        this.days = days;
    }

    /** A sealed record and its body as stored: canonical JSON. */
    record Row(AuditRecord record, String content) {
    }

    /**
     * Inserts sealed records, each with its keys (id, idempotency key, sequence: unique across the log) and its outcome
     * label, and adds them to the daily roll-up, in one transaction on the given connection (the caller commits).
     */
    void insert(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement keys = connection.prepareStatement("INSERT INTO decision_key (decision_id,"
                + " idempotency_key, sequence, decided_at) VALUES (?, ?, ?, ?)")) {
            for (Row row : rows) {
                AuditRecord r = row.record();
                keys.setString(1, r.decisionId());
                keys.setString(2, r.idempotencyKey());
                keys.setLong(3, r.sequence());
                keys.setTimestamp(4, Timestamp.from(r.decidedAt()));
                keys.addBatch();
            }
            keys.executeBatch();
        }
        var rolledUp = new ArrayList<DecisionDays.Day>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO decision_record (" + COLUMNS
                + ", outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                AuditRecord r = row.record();
                String outcome = OutcomeLabels.of(r);
                rolledUp.add(days.of(r, outcome));
                insert.setLong(1, r.sequence());
                insert.setString(2, r.decisionId());
                insert.setString(3, r.type());
                insert.setString(4, r.enterpriseId());
                insert.setString(5, r.idempotencyKey());
                insert.setString(6, r.rulesetVersion());
                if (r.asOf() == null) {
                    insert.setNull(7, Types.DATE);
                } else {
                    insert.setDate(7, Date.valueOf(r.asOf()));
                }
                insert.setString(8, r.principal());
                insert.setTimestamp(9, Timestamp.from(r.requestedAt()));
                insert.setTimestamp(10, Timestamp.from(r.decidedAt()));
                insert.setString(11, row.content());
                insert.setString(12, r.previousHash());
                insert.setString(13, r.hash());
                insert.setString(14, outcome);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        days.add(connection, rolledUp);
    }

    /**
     * Labels up to {@code limit} records stored before outcomes had a column (their outcome is null) and adds them to
     * the daily roll-up, on the caller's connection and transaction; answers how many.
     */
    int labelUnlabelled(Connection connection, int limit) throws SQLException {
        var records = new ArrayList<AuditRecord>();
        try (PreparedStatement q = connection.prepareStatement("SELECT " + COLUMNS + " FROM decision_record"
                + " WHERE outcome IS NULL ORDER BY sequence FETCH FIRST " + limit + " ROWS ONLY")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
        }
        var rolledUp = new ArrayList<DecisionDays.Day>(records.size());
        try (PreparedStatement label = connection.prepareStatement(
                "UPDATE decision_record SET outcome = ? WHERE sequence = ?")) {
            for (AuditRecord record : records) {
                String outcome = OutcomeLabels.of(record);
                rolledUp.add(days.of(record, outcome));
                label.setString(1, outcome);
                label.setLong(2, record.sequence());
                label.addBatch();
            }
            label.executeBatch();
        }
        days.add(connection, rolledUp);
        return records.size();
    }

    /** Up to {@code limit} records after {@code sequence}, in sequence order, read on the caller's connection. */
    List<AuditRecord> after(Connection connection, long sequence, int limit) throws SQLException {
        var records = new ArrayList<AuditRecord>();
        try (PreparedStatement q = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM decision_record WHERE sequence > ? ORDER BY sequence FETCH FIRST " + limit + " ROWS ONLY")) {
            q.setLong(1, sequence);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
        }
        return records;
    }

    public Optional<AuditRecord> byId(String decisionId) {
        return one(BY_KEY + "k.decision_id = ?", decisionId);
    }

    public Optional<AuditRecord> byIdempotencyKey(String key) {
        return one(BY_KEY + "k.idempotency_key = ?", key);
    }

    /** The stored records holding any of the idempotency keys, by key; read on the caller's connection. */
    Map<String, AuditRecord> byIdempotencyKeys(Connection connection, Collection<String> keys)
            throws SQLException {
        var stored = new HashMap<String, AuditRecord>();
        if (keys.isEmpty()) {
            return stored;
        }
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement q = connection.prepareStatement(
                BY_KEY + "k.idempotency_key IN (" + placeholders + ")")) {
            bind(q, List.copyOf(keys));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    AuditRecord record = shown(read(rs));
                    stored.put(record.idempotencyKey(), record);
                }
            }
        }
        return stored;
    }

    /** One page of records matching the filter, newest first, and the number of all matches. */
    public SearchPage search(SearchFilter filter, int page, int size) {
        var base = new StringBuilder(" WHERE 1 = 1");
        var baseParams = new ArrayList<Object>();
        if (filter.enterpriseId() != null) {
            base.append(" AND enterprise_id = ?");
            baseParams.add(filter.enterpriseId());
        }
        if (filter.type() != null) {
            base.append(" AND decision_type = ?");
            baseParams.add(filter.type());
        }
        if (filter.rulesetVersion() != null) {
            base.append(" AND ruleset_version = ?");
            baseParams.add(filter.rulesetVersion());
        }
        if (filter.outcomes() != null) {
            base.append(" AND outcome IN (").append(DecisionDays.placeholders(filter.outcomes().size())).append(")");
            baseParams.addAll(filter.outcomes());
        }
        if (filter.outcomes() != null && filter.outcomes().isEmpty()) {
            return new SearchPage(List.of(), 0);
        }
        var where = new StringBuilder(base);
        var params = new ArrayList<>(baseParams);
        if (filter.from() != null) {
            where.append(" AND decided_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND decided_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        try (Connection c = dataSource.getConnection()) {
            long total = filter.countableFromDays() ? countByDays(c, filter, base, baseParams)
                    : count(c, where, params);
            var items = new ArrayList<AuditRecord>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM decision_record" + where
                    + " ORDER BY sequence DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                bind(q, params);
                q.setLong(params.size() + 1, (long) page * size);
                q.setInt(params.size() + 2, size);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        items.add(shown(read(rs)));
                    }
                }
            }
            return new SearchPage(items, total);
        } catch (SQLException e) {
            throw new AuditStoreException("the audit store could not be searched", e);
        }
    }

    /**
     * The exact number of matches of a filter by type, outcome and time: the whole days of the range from the daily
     * roll-up, the partial days at its ends on the {@code decided_at} index (see {@link DaySplit}).
     */
    private long countByDays(Connection c, SearchFilter filter, CharSequence base, List<Object> baseParams)
            throws SQLException {
        DaySplit split = days.split(filter.from(), filter.to());
        long total = split.hasWholeDays()
                ? days.count(filter.type(), filter.outcomes(), split.firstWholeDay(), split.lastWholeDay()) : 0;
        for (DaySplit.PartialDay partial : split.partialDays()) {
            long counted = 0;
            for (DaySplit.Interval interval : partial.intervals()) {
                var params = new ArrayList<>(baseParams);
                params.add(Timestamp.from(interval.from()));
                params.add(Timestamp.from(interval.to()));
                counted += count(c, base + " AND decided_at >= ? AND decided_at < ?", params);
            }
            total += partial.complement()
                    ? days.count(filter.type(), filter.outcomes(), partial.day(), partial.day()) - counted : counted;
        }
        return total;
    }

    private static long count(Connection c, CharSequence where, List<Object> params) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM decision_record" + where)) {
            bind(count, params);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * What to search for; null fields do not filter.
     *
     * @param outcomes the outcome labels any of which a record must have (see {@link OutcomeLabels}), or null
     */
    public record SearchFilter(String enterpriseId, String type, String rulesetVersion, Instant from, Instant to,
                               List<String> outcomes) {
        public SearchFilter(String enterpriseId, String type, String rulesetVersion, Instant from, Instant to) {
            this(enterpriseId, type, rulesetVersion, from, to, null);
        }

        /** Whether the daily roll-up counts the matches (but for partial days): a filter by type, outcome and time. */
        boolean countableFromDays() {
            return enterpriseId == null && rulesetVersion == null;
        }
    }

    public record SearchPage(List<AuditRecord> items, long total) {
    }

    /**
     * Streams records in chain order from a database cursor (never the whole table in memory), optionally only those
     * decided in [from, to); stops when {@code sink} answers false. A record whose body cannot be read comes as
     * {@link AuditRecord#unreadable()}, never as a failure.
     */
    public void inOrder(Instant from, Instant to, Predicate<AuditRecord> sink) {
        Predicate<AuditRecord> shownSink = record -> sink.test(shown(record));
        if (from == null) {
            stream("", List.of(), shownSink);
        } else {
            stream(" WHERE decided_at >= ? AND decided_at < ?", List.of(Timestamp.from(from), Timestamp.from(to)),
                    shownSink);
        }
    }

    /** How many records were decided in [from, to), counted on the {@code decided_at} index. */
    public long countDecided(Instant from, Instant to) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT COUNT(*) FROM decision_record WHERE decided_at >= ? AND decided_at < ?")) {
            bind(q, List.of(Timestamp.from(from), Timestamp.from(to)));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the audit store could not be counted", e);
        }
    }

    /** Streams the first {@code count} records as stored in chain order from a database cursor, as {@link #inOrder}. */
    public void first(long count, Predicate<AuditRecord> sink) {
        stream(" WHERE sequence <= ?", List.of(count), sink);
    }

    private void stream(String where, List<?> params, Predicate<AuditRecord> sink) {
        String sql = "SELECT " + COLUMNS + " FROM decision_record" + where + " ORDER BY sequence";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                q.setFetchSize(500);
                bind(q, params);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (!sink.test(read(rs))) {
                            break;
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the audit store could not be read", e);
        }
    }

    private Optional<AuditRecord> one(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(shown(read(rs))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditStoreException("the audit store could not be read", e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    /** The record with its rule texts resolved from its rule-set version, when this service holds the version. */
    private AuditRecord shown(AuditRecord record) {
        if (!record.readable()) {
            return record;
        }
        return ruleTexts.of(record.rulesetVersion()).map(texts -> record.showing(texts.resolve(record.body())))
                .orElse(record);
    }

    /** A stored record: its body read when it can be, and kept as stored, for hashes and leaves, in any case. */
    private static AuditRecord read(ResultSet rs) throws SQLException {
        Date asOf = rs.getDate(7);
        String content = rs.getString(11);
        StoredBody body = StoredBody.read(content);
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), asOf == null ? null : asOf.toLocalDate(), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), body.body(),
                rs.getString(12), rs.getString(13), content, body.problem());
    }
}
