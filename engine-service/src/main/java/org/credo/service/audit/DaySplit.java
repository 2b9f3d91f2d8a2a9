package org.credo.service.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A time range [from, to) cut at the zone's day boundaries: the whole days it holds, which the daily roll-up counts,
 * and at most two partial days, which are counted on the records. A partial day is counted where it is cheaper: the
 * part inside the range when that is at most half the day, or else the day's roll-up total less the part outside.
 *
 * @param firstWholeDay the first whole day, or null when the range has no start
 * @param lastWholeDay the last whole day, or null when the range has no end; before {@code firstWholeDay} when the
 *                     range holds no whole day
 */
record DaySplit(LocalDate firstWholeDay, LocalDate lastWholeDay, List<PartialDay> partialDays) {

    /**
     * The part of one day inside the range, to count on the records in {@code intervals}: the part itself, or, when
     * {@code complement}, the parts of the day outside the range (to take from the day's total).
     */
    record PartialDay(LocalDate day, List<Interval> intervals, boolean complement) {
    }

    /** A half-open interval of decision times. */
    record Interval(Instant from, Instant to) {
    }

    static DaySplit of(Instant from, Instant to, ZoneId zone) {
        LocalDate fromDay = from == null ? null : from.atZone(zone).toLocalDate();
        LocalDate toDay = to == null ? null : to.atZone(zone).toLocalDate();
        boolean fromAligned = from == null || from.equals(start(fromDay, zone));
        boolean toAligned = to == null || to.equals(start(toDay, zone));
        var partial = new ArrayList<PartialDay>(2);
        if (!fromAligned) {
            Instant end = to != null && toDay.equals(fromDay) ? to : start(fromDay.plusDays(1), zone);
            partial.add(partialDay(fromDay, from, end, zone));
        }
        if (!toAligned && (from == null || !from.isAfter(start(toDay, zone)))) {
            partial.add(partialDay(toDay, start(toDay, zone), to, zone));
        }
        return new DaySplit(from == null ? null : fromAligned ? fromDay : fromDay.plusDays(1),
                to == null ? null : toDay.minusDays(1), List.copyOf(partial));
    }

    /** Whether the range holds at least one whole day. */
    boolean hasWholeDays() {
        return firstWholeDay == null || lastWholeDay == null || !lastWholeDay.isBefore(firstWholeDay);
    }

    private static PartialDay partialDay(LocalDate day, Instant from, Instant to, ZoneId zone) {
        Instant dayStart = start(day, zone);
        Instant dayEnd = start(day.plusDays(1), zone);
        Duration inside = Duration.between(from, to);
        if (inside.multipliedBy(2).compareTo(Duration.between(dayStart, dayEnd)) <= 0) {
            return new PartialDay(day, List.of(new Interval(from, to)), false);
        }
        var outside = new ArrayList<Interval>(2);
        if (dayStart.isBefore(from)) {
            outside.add(new Interval(dayStart, from));
        }
        if (to.isBefore(dayEnd)) {
            outside.add(new Interval(to, dayEnd));
        }
        return new PartialDay(day, List.copyOf(outside), true);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
