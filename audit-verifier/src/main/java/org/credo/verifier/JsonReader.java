package org.credo.verifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;

/**
 * A strict RFC 8259 JSON reader for the few small documents the verifier reads (receipts, consistency proofs), so
 * that the module needs nothing beyond the JDK. Objects become maps, arrays lists, numbers {@link BigDecimal}s;
 * duplicate keys, trailing text and nesting deeper than {@value #MAX_DEPTH} are refused.
 */
final class JsonReader {
    static final int MAX_CHARS = 16 << 20;
    private static final int MAX_DEPTH = 32;
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Reads one JSON object, the whole text. */
    static Map<String, Object> readObject(String text) throws ProofException {
        if (text.length() > MAX_CHARS) {
            throw malformed("a JSON document is longer than " + MAX_CHARS + " characters");
        }
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        if (reader.peek() != '{') {
            throw malformed("the document is not a JSON object");
        }
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("text after the JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    static String string(Map<String, Object> object, String field) throws ProofException {
        if (object.get(field) instanceof String value) {
            return value;
        }
        throw malformed("field '" + field + "' is not a string");
    }

    static long nonNegativeLong(Map<String, Object> object, String field) throws ProofException {
        if (object.get(field) instanceof BigDecimal number) {
            try {
                long value = number.longValueExact();
                if (value >= 0) {
                    return value;
                }
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw malformed("field '" + field + "' is not a whole number from 0 to " + Long.MAX_VALUE);
    }

    static List<String> strings(Map<String, Object> object, String field) throws ProofException {
        if (object.get(field) instanceof List<?> list) {
            List<String> strings = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw malformed("field '" + field + "' is not an array of strings");
                }
                strings.add(s);
            }
            return strings;
        }
        throw malformed("field '" + field + "' is not an array");
    }

    private Object value(int depth) throws ProofException {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested deeper than " + MAX_DEPTH);
        }
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character");
        }
    }

    private Map<String, Object> object(int depth) throws ProofException {
        Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a field name");
            }
            String key = string();
            skipSpace();
            expect(':');
            if (object.containsKey(key)) {
                throw error("duplicate field '" + key + "'");
            }
            object.put(key, value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return object;
            }
        }
    }

    private List<Object> array(int depth) throws ProofException {
        List<Object> array = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return array;
            }
        }
    }

    private String string() throws ProofException {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = peek();
            pos++;
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = peek();
            pos++;
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error("an invalid escape");
            }
        }
    }

    private char unicodeEscape() throws ProofException {
        if (pos + 4 > text.length()) {
            throw error("a truncated \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(pos + i);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("an invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        pos += 4;
        return (char) code;
    }

    private BigDecimal number() throws ProofException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") || number.length() > 64) {
            throw error("an invalid number");
        }
        return new BigDecimal(number);
    }

    private Object literal(String word, Object value) throws ProofException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws ProofException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() throws ProofException {
        if (pos >= text.length()) {
            throw error("unexpected end of the document");
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private ProofException error(String message) {
        return malformed("invalid JSON at character " + pos + ": " + message);
    }

    private static ProofException malformed(String message) {
        return new ProofException(Reason.MALFORMED, message);
    }
}
