package org.credo.service.console;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.contract.DecisionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the stored decisions of a period for the overview, streaming them from the audit store (never the whole
 * period in memory): per day and type, per type and outcome, and for inspections the selected share per credit class
 * beside the rate the rules set.
 */
@ApplicationScoped
public class DecisionStatistics {
    private final AuditStore store;

    public DecisionStatistics(AuditStore store) {
        this.store = store;
    }

    /** Inspections of one credit class: how many, how many selected, and the sum of their target rates. */
    public static final class ClassShare {
        long decisions;
        long selected;
        BigDecimal rateSum = BigDecimal.ZERO;

        public long decisions() {
            return decisions;
        }

        public long selected() {
            return selected;
        }

        /** The share of these declarations selected for inspection. */
        public double selectedShare() {
            return decisions == 0 ? 0 : (double) selected / decisions;
        }

        /** The mean inspection rate the rules gave: the share the selection should approach. */
        public double targetRate() {
            return decisions == 0 ? 0 : rateSum.doubleValue() / decisions;
        }
    }

    /** The counts of one period, days in the zone's time. */
    public record Counts(LocalDate from, LocalDate to, long total, Map<LocalDate, Map<String, Long>> byDayAndType,
                         Map<String, Map<String, Long>> byTypeAndOutcome, Map<String, ClassShare> inspectionByClass) {
    }

    /** Counts the decisions made from the start of {@code from} to the end of {@code to}. */
    public Counts count(LocalDate from, LocalDate to) {
        var byDay = new TreeMap<LocalDate, Map<String, Long>>();
        var byType = new TreeMap<String, Map<String, Long>>();
        var byClass = new TreeMap<String, ClassShare>();
        long[] total = {0};
        store.inOrder(from.atStartOfDay(ConsoleExtensions.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ConsoleExtensions.ZONE).toInstant(), record -> {
                    total[0]++;
                    String type = DecisionType.family(record.type());
                    LocalDate day = record.decidedAt().atZone(ConsoleExtensions.ZONE).toLocalDate();
                    byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(type, 1L, Long::sum);
                    byType.computeIfAbsent(type, t -> new TreeMap<>()).merge(Outcomes.of(record), 1L, Long::sum);
                    if (record.type().equals(DecisionType.INSPECTION.id())) {
                        countInspection(record, byClass);
                    }
                    return true;
                });
        return new Counts(from, to, total[0], byDay, byType, byClass);
    }

    private static void countInspection(AuditRecord record, Map<String, ClassShare> byClass) {
        JsonNode outputs = record.outputs();
        ClassShare share = byClass.computeIfAbsent(outputs.path("creditClass").asText("?"), c -> new ClassShare());
        share.decisions++;
        if (outputs.path("selected").asBoolean()) {
            share.selected++;
        }
        if (outputs.path("inspectionRate").isNumber()) {
            share.rateSum = share.rateSum.add(outputs.path("inspectionRate").decimalValue());
        }
    }
}
