package org.credo.service.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.DecisionDays;
import org.credo.service.contract.DecisionType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the stored decisions of a period for the overview from the daily roll-up ({@link DecisionDays}), never from
 * the records: per day and type, per type and outcome, and for inspections the selected share per credit class beside
 * the rate the rules set.
 */
@ApplicationScoped
public class DecisionStatistics {
    private final DecisionDays days;

    public DecisionStatistics(DecisionDays days) {
        this.days = days;
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
        long total = 0;
        for (DecisionDays.Day day : days.between(from, to)) {
            total += day.decisions();
            String type = DecisionType.family(day.type());
            byDay.computeIfAbsent(day.day(), d -> new TreeMap<>()).merge(type, day.decisions(), Long::sum);
            byType.computeIfAbsent(type, t -> new TreeMap<>()).merge(day.outcome(), day.decisions(), Long::sum);
            if (day.type().equals(DecisionType.INSPECTION.id())) {
                ClassShare share = byClass.computeIfAbsent(day.creditClass(), c -> new ClassShare());
                share.decisions += day.decisions();
                share.selected += day.selected();
                share.rateSum = share.rateSum.add(day.rateSum());
            }
        }
        return new Counts(from, to, total, byDay, byType, byClass);
    }
}
