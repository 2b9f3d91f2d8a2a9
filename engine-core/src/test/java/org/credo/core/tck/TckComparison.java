package org.credo.core.tck;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.chrono.ChronoPeriod;
import java.time.temporal.TemporalAmount;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import org.kie.dmn.feel.lang.types.impl.ComparablePeriod;
import org.kie.dmn.feel.runtime.functions.DateAndTimeFunction;
import org.kie.dmn.feel.runtime.functions.DurationFunction;
import org.kie.dmn.feel.runtime.functions.TimeFunction;

/**
 * Compares an expected TCK value with Credo's JSON result. Numbers by exact decimal value, except where the TCK
 * writes an inexact result (logarithms, exponentials, square roots, financial formulas computed in binary floating
 * point: {@code exp(4)} is {@code 54.59815003}, a monthly payment {@code 562.707359373292}): such a value has
 * {@value #INEXACT_PLACES} or more decimal places, and the result must lie within 10<sup>-8</sup> of it, the
 * precision of the TCK's own runner for Kie ({@code CompareValuesUtil}); strings exactly, except that two texts
 * which both read as the same duration, date-time or time are equal ({@code P13M} is {@code P1Y1M}); lists item by
 * item; contexts by the same keys with equal values.
 */
final class TckComparison {
    /** The fewest decimal places the TCK writes an inexact result with. */
    static final int INEXACT_PLACES = 8;
    /** How close a result must come to an inexact expected value (strictly closer). */
    private static final BigDecimal INEXACT_PRECISION = new BigDecimal("1E-8");

    private TckComparison() {
    }

    /** Null when equal, else what differs. */
    static String mismatch(JsonNode expected, JsonNode actual) {
        return same(expected, actual) ? null : "expected " + expected + " but found " + actual;
    }

    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null || actual.isNull()) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return sameNumber(expected.decimalValue(), actual.decimalValue());
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!actual.has(name) || !same(expected.get(name), actual.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return expected.textValue().equals(actual.textValue())
                    || sameTemporal(expected.textValue(), actual.textValue());
        }
        return expected.equals(actual);
    }

    static boolean sameNumber(BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) == 0) {
            return true;
        }
        return expected.scale() >= INEXACT_PLACES
                && expected.subtract(actual).abs().compareTo(INEXACT_PRECISION) < 0;
    }

    private static boolean sameTemporal(String expected, String actual) {
        if (expected.startsWith("P") || expected.startsWith("-P")) {
            Object a = duration(expected);
            Object b = duration(actual);
            return a != null && a.equals(b);
        }
        Object a = dateTimeOrTime(expected);
        return a != null && a.equals(dateTimeOrTime(actual));
    }

    private static Object duration(String text) {
        TemporalAmount amount = DurationFunction.INSTANCE.invoke(text).cata(e -> null, v -> v);
        if (amount instanceof ChronoPeriod period) {
            return ComparablePeriod.toTotalMonths(period) + " months";
        }
        return amount instanceof Duration duration ? duration : null;
    }

    private static Object dateTimeOrTime(String text) {
        String feel = text.replaceFirst("([+-]\\d\\d:\\d\\d|Z)\\[(.+)]$", "@$2");
        return text.contains("T") ? DateAndTimeFunction.INSTANCE.invoke(feel).cata(e -> null, v -> v)
                : TimeFunction.INSTANCE.invoke(feel).cata(e -> null, v -> v);
    }
}
