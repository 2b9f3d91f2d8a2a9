package org.credo.service.audit;

import org.credo.service.problem.QueryParams;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A half-open range of decision times [from, to). Either end is a date ({@code 2026-11-26}: {@code from} starts that
 * day, {@code to} includes it; days are UTC) or an instant with offset, within the request date window
 * (1990-01-01 to 2100-12-31, UTC).
 */
public record TimeRange(Instant from, Instant to) {

    public static TimeRange parse(String from, String to) {
        Instant start = from == null || from.isBlank() ? null : parse("from", from, false);
        Instant end = to == null || to.isBlank() ? null : parse("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw QueryParams.invalid("to", "must come after 'from'");
        }
        return new TimeRange(start, end);
    }

    private static Instant parse(String name, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = QueryParams.inRange(name, LocalDate.parse(value));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            OffsetDateTime instant = OffsetDateTime.parse(value);
            QueryParams.inRange(name, instant.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
            return instant.toInstant();
        } catch (DateTimeException e) {
            throw QueryParams.invalid(name, "must be a date (YYYY-MM-DD) or an instant with offset");
        }
    }
}
