package org.credo.core.internal.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.chrono.ChronoPeriod;

import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;

/** Writes FEEL's two duration kinds in their ISO-8601 forms: {@code PnDTnHnMnS} and {@code PnYnM}. */
final class FeelDurations {
    private FeelDurations() {
    }

    /** A days-and-time duration, e.g. {@code P1DT2H3M4.5S}, {@code -PT1H}, {@code PT0S}. */
    static String daysAndTime(Duration duration) {
        if (duration.isZero()) {
            return "PT0S";
        }
        boolean negative = duration.isNegative();
        Duration abs = duration.abs();
        long days = abs.toDays();
        long hours = abs.toHoursPart();
        long minutes = abs.toMinutesPart();
        long seconds = abs.toSecondsPart();
        int nanos = abs.toNanosPart();
        var text = new StringBuilder(negative ? "-P" : "P");
        if (days != 0) {
            text.append(days).append('D');
        }
        if (hours != 0 || minutes != 0 || seconds != 0 || nanos != 0) {
            text.append('T');
            if (hours != 0) {
                text.append(hours).append('H');
            }
            if (minutes != 0) {
                text.append(minutes).append('M');
            }
            if (seconds != 0 || nanos != 0) {
                text.append(BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros()
                        .toPlainString()).append('S');
            }
        }
        return text.toString();
    }

    /** A years-and-months duration, normalised to years and months, e.g. {@code P1Y2M}, {@code -P3M}, {@code P0M}. */
    static String yearsAndMonths(ChronoPeriod period) {
        long months = ComparablePeriod.toTotalMonths(period);
        if (months == 0) {
            return "P0M";
        }
        long abs = Math.abs(months);
        var text = new StringBuilder(months < 0 ? "-P" : "P");
        if (abs / 12 != 0) {
            text.append(abs / 12).append('Y');
        }
        if (abs % 12 != 0) {
            text.append(abs % 12).append('M');
        }
        return text.toString();
    }
}
