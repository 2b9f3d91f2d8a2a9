package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;

/**
 * The canonical serialisation audit hashes are computed over, as {@code docs/audit.md} ("Canonical JSON")
 * specifies it: no whitespace; object keys in Unicode code-point order (the order of their UTF-8 bytes, not of
 * Java's UTF-16 code units); strings with {@code "} and {@code \} escaped by a backslash, U+0008, U+0009, U+000A,
 * U+000C and U+000D as {@code \b \t \n \f \r}, the other controls below U+0020 and unpaired surrogates as
 * {@code \}{@code uXXXX} (upper-case hex), every other character as itself; numbers as their normalised plain decimal
 * (no exponent, no trailing zeros, zero as {@code 0}), at most {@value #MAX_NUMBER_CHARS} characters. A raw value
 * ({@link RawValue}) is taken as canonical JSON already and written as it is. Pure function; one pass.
 */
public final class CanonicalJson {
    /**
     * The longest number the canonical form writes: more than any FEEL decimal needs (decimal128: 34 digits, at
     * most 6,180 characters written out) and any request admits, so that a number like {@code 1E+999999999}, a few
     * bytes in JSON, can never make a billion-character record.
     */
    static final int MAX_NUMBER_CHARS = 10_000;

    /** Unicode code-point order, which differs from {@link String#compareTo} above U+FFFF. */
    static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareCodePoints;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalJson() {
    }

    /**
     * The canonical text of a JSON value.
     *
     * @throws IllegalArgumentException for a number longer than {@value #MAX_NUMBER_CHARS} characters written out
     */
    public static String of(JsonNode node) {
        var out = new StringBuilder(1024);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            var names = new ArrayList<String>(node.size());
            node.fieldNames().forEachRemaining(names::add);
            names.sort(CODE_POINT_ORDER);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); ) {
                write(elements.next(), out);
                if (elements.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
            out.append(raw.rawValue());
        } else if (node.isNumber()) {
            out.append(normalised(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            string(node.asText(), out);
        }
    }

    static String normalised(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (plainLength(stripped) > MAX_NUMBER_CHARS) {
            throw new IllegalArgumentException("a number of more than " + MAX_NUMBER_CHARS
                    + " characters written out has no canonical form");
        }
        return stripped.toPlainString();
    }

    /** How long {@link BigDecimal#toPlainString()} of a value without trailing zeros is, without writing it. */
    private static long plainLength(BigDecimal stripped) {
        long digits = stripped.precision();
        long scale = stripped.scale();
        long unsigned = scale <= 0 ? digits - scale : scale < digits ? digits + 1 : scale + 2;
        return unsigned + (stripped.signum() < 0 ? 1 : 0);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || unpairedSurrogate(text, i)) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                                .append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean unpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
