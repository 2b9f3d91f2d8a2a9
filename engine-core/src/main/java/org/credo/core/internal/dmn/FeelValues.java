package org.credo.core.internal.dmn;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * FEEL equality and ordering for the values compiled evaluation handles: strings, decimals, dates and booleans of the
 * same kind. Anything else (null, mixed kinds, other types) is left to Kie.
 */
final class FeelValues {
    private FeelValues() {
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String && b instanceof String || a instanceof LocalDate && b instanceof LocalDate
                || a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        throw Fallback.fallback();
    }

    static int compare(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        throw Fallback.fallback();
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw Fallback.fallback();
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw Fallback.fallback();
    }
}
