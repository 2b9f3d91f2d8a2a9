package org.credo.core.internal.sandbox;

import java.util.Set;

/**
 * The members of the safe library classes ({@link AllowList#SAFE_LIBRARY}) that DRL may call or read, and the
 * engine's own helpers: pure arithmetic, text, dates, periods and read-only collection access. Whatever is not
 * named here is refused, whichever value it is called on, so no chain of calls can step from an allowed value to a
 * class, a class loader, a resource, a file or a URL ({@code getDeclaringClass}, {@code getResource}, {@code toURI}
 * and the like are simply absent).
 */
final class LibraryMembers {
    static final Set<String> NAMES = Set.of(
            // every object
            "equals", "hashCode", "toString", "compareTo", "compare",
            // text
            "length", "isEmpty", "isBlank", "charAt", "substring", "startsWith", "endsWith", "contains", "indexOf",
            "lastIndexOf", "trim", "strip", "toUpperCase", "toLowerCase", "equalsIgnoreCase", "concat", "replace",
            "valueOf", "join", "format", "append",
            // numbers
            "intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue", "intValueExact",
            "longValueExact", "booleanValue", "parseInt", "parseLong", "parseDouble", "parseBoolean", "max", "min",
            "abs", "signum", "add", "subtract", "multiply", "divide", "remainder", "negate", "pow", "scale",
            "precision", "setScale", "stripTrailingZeros", "toPlainString", "movePointLeft", "movePointRight",
            "round", "floor", "ceil", "sum", "ZERO", "ONE", "TWO", "TEN", "TRUE", "FALSE", "MAX_VALUE", "MIN_VALUE",
            "UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY", "DECIMAL32",
            "DECIMAL64", "DECIMAL128",
            // dates, times, periods
            "of", "parse", "plus", "minus", "plusDays", "plusWeeks", "plusMonths", "plusYears", "minusDays",
            "minusWeeks", "minusMonths", "minusYears", "isBefore", "isAfter", "isEqual", "getYear", "getMonth",
            "getMonthValue", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "lengthOfYear",
            "isLeapYear", "withDayOfMonth", "withMonth", "withYear", "withDayOfYear", "atStartOfDay", "toLocalDate",
            "getHour", "getMinute", "getSecond", "between", "until", "getDays", "getMonths", "getYears",
            "toTotalMonths", "toDays", "toHours", "toMinutes", "ofDays", "ofWeeks", "ofMonths", "ofYears",
            "ofHours", "ofMinutes", "ofSeconds", "firstDayOfMonth", "lastDayOfMonth", "firstDayOfYear",
            "lastDayOfYear", "firstDayOfNextMonth", "getValue", "ordinal", "name", "year", "month", "monthValue",
            "dayOfMonth", "dayOfWeek", "dayOfYear", "days", "months", "years", "DAYS", "WEEKS", "MONTHS", "YEARS",
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
            "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
            "ISO_LOCAL_DATE", "ISO_DATE",
            // collections, optionals
            "size", "containsAll", "containsKey", "containsValue", "get", "getOrDefault", "copyOf", "addAll", "put",
            "keySet", "values", "entrySet", "getKey", "emptyList", "emptySet", "emptyMap", "singletonList",
            "unmodifiableList", "asList", "isPresent", "orElse", "empty", "ofNullable", "requireNonNull",
            "requireNonNullElse", "isNull", "nonNull", "hash", "first", "last",
            // the engine's consequence helpers and accumulate functions
            "insert", "insertLogical", "modify", "update", "delete", "retract", "count", "average", "collectList",
            "collectSet");

    private LibraryMembers() {
    }
}
