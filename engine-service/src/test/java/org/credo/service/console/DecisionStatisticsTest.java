package org.credo.service.console;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.DecisionIndexBackfill;
import org.credo.service.audit.OutcomeLabels;
import org.credo.service.contract.DecisionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credo.service.Api.KNOWN_ENTERPRISE;
import static org.credo.service.Api.customs;
import static org.credo.service.Api.inspection;
import static org.credo.service.Api.newEnterprise;
import static org.credo.service.Api.unique;

/**
 * The overview's statistics and the outcome filter come from the outcome column and the daily roll-up, which the
 * writer keeps in the records' transaction: they equal what the records themselves say, also after the records
 * stored before the column existed are labelled and rolled up at start-up.
 */
@QuarkusTest
class DecisionStatisticsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    DecisionStatistics statistics;
    @Inject
    DecisionSearch search;
    @Inject
    AuditStore store;
    @Inject
    DecisionIndexBackfill backfill;
    @Inject
    AgroalDataSource dataSource;

    private final LocalDate today = LocalDate.now(ZONE);

    @BeforeEach
    void decisionsOfSeveralTypesAndOutcomes() {
        for (String date : new String[] {"2026-11-26", "2026-06-30", "2025-12-01"}) {
            customs().body(inspection(unique("DECL-STAT"), newEnterprise(), date))
                    .post("/api/v1/decisions/inspection").then().statusCode(200);
            customs().body(inspection(unique("DECL-STAT"), KNOWN_ENTERPRISE, date))
                    .post("/api/v1/decisions/inspection").then().statusCode(200);
        }
        customs().body("""
                {"enterpriseId": "91350600MA2Y8K3F13", "enterpriseKind": "NON_BROKER", "advancedCertified": true,
                 "priorYearDocumentCount": 10000, "asOf": "2026-06-30",
                 "events": [{"eventId": "E3", "type": "SMUGGLING_ADMIN_PENALTY", "occurredOn": "2026-05-01",
                             "amountCny": 1000.00, "dueDate": null, "paidOn": null, "subjectiveIntent": true}]}""")
                .post("/api/v1/decisions/credit-classification").then().statusCode(200);
    }

    @Test
    void theOverviewFromTheRollUpEqualsTheCountsOfTheRecords() {
        assertSameCounts(statistics.count(today.minusDays(1), today), fromRecords(today.minusDays(1), today));
    }

    @Test
    void recordsStoredBeforeTheOutcomeColumnAreCountedOnceLabelledAtStartUp() throws SQLException {
        DecisionStatistics.Counts before = fromRecords(today.minusDays(1), today);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE decision_record SET outcome = NULL");
            s.executeUpdate("DELETE FROM decision_day");
        }
        assertThat(statistics.count(today.minusDays(1), today).total()).isZero();

        assertThat(backfill.run()).isGreaterThanOrEqualTo(before.total());

        assertSameCounts(statistics.count(today.minusDays(1), today), before);
        assertThat(backfill.run()).isZero();
    }

    @Test
    void theOutcomeFilterFindsEveryRecordOfTheOutcomeWhateverItsCase() {
        long selected = countRecords("inspection", "selected");
        long notSelected = countRecords("inspection", "not-selected");

        assertThat(search.search(new DecisionSearch.Filter(null, "inspection", "SELECTED", null, null, null), 0)
                .total()).isEqualTo(selected);
        DecisionSearch.Result found = search.search(
                new DecisionSearch.Filter(null, "inspection", "not-selected", null, null, null), 0);
        assertThat(found.total()).isEqualTo(notSelected).isPositive();
        assertThat(found.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.outcome()).isEqualTo("not-selected"));
        assertThat(search.search(new DecisionSearch.Filter(KNOWN_ENTERPRISE, null, "not-selected", null, null, null),
                0).rows()).allSatisfy(row -> assertThat(row.record().enterpriseId()).isEqualTo(KNOWN_ENTERPRISE));
        assertThat(search.search(new DecisionSearch.Filter(null, null, "no-such-outcome", null, null, null), 0)
                .total()).isZero();
    }

    private long countRecords(String type, String outcome) {
        long[] count = {0};
        store.inOrder(null, null, record -> {
            if (record.type().equals(type) && OutcomeLabels.of(record).equals(outcome)) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    /** The counts as the overview made them before the roll-up: from every record of the period. */
    private DecisionStatistics.Counts fromRecords(LocalDate from, LocalDate to) {
        var byDay = new TreeMap<LocalDate, Map<String, Long>>();
        var byType = new TreeMap<String, Map<String, Long>>();
        var byClass = new TreeMap<String, DecisionStatistics.ClassShare>();
        long[] total = {0};
        store.inOrder(from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant(), record -> {
            total[0]++;
            String type = DecisionType.family(record.type());
            byDay.computeIfAbsent(record.decidedAt().atZone(ZONE).toLocalDate(), d -> new TreeMap<>())
                    .merge(type, 1L, Long::sum);
            byType.computeIfAbsent(type, t -> new TreeMap<>()).merge(OutcomeLabels.of(record), 1L, Long::sum);
            if (record.type().equals(DecisionType.INSPECTION.id())) {
                countInspection(record, byClass);
            }
            return true;
        });
        return new DecisionStatistics.Counts(from, to, total[0], byDay, byType, byClass);
    }

    private static void countInspection(AuditRecord record, Map<String, DecisionStatistics.ClassShare> byClass) {
        var share = byClass.computeIfAbsent(record.outputs().path("creditClass").asText("?"),
                c -> new DecisionStatistics.ClassShare());
        share.decisions++;
        share.selected += record.outputs().path("selected").asBoolean() ? 1 : 0;
        if (record.outputs().path("inspectionRate").isNumber()) {
            share.rateSum = share.rateSum.add(record.outputs().path("inspectionRate").decimalValue());
        }
    }

    private static void assertSameCounts(DecisionStatistics.Counts actual, DecisionStatistics.Counts expected) {
        assertThat(expected.total()).isPositive();
        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(actual.byDayAndType()).isEqualTo(expected.byDayAndType());
        assertThat(actual.byTypeAndOutcome()).isEqualTo(expected.byTypeAndOutcome());
        assertThat(actual.inspectionByClass()).containsOnlyKeys(expected.inspectionByClass().keySet());
        expected.inspectionByClass().forEach((creditClass, share) -> {
            var rolledUp = actual.inspectionByClass().get(creditClass);
            assertThat(rolledUp.decisions()).as(creditClass).isEqualTo(share.decisions());
            assertThat(rolledUp.selected()).as(creditClass).isEqualTo(share.selected());
            assertThat(rolledUp.rateSum).as(creditClass).isEqualByComparingTo(share.rateSum);
        });
    }
}
