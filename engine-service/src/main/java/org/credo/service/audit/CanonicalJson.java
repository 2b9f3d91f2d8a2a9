package org.credo.service.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * The canonical serialisation audit hashes are computed over: JSON with object keys in code-point order, no
 * whitespace, and every number written as its normalised decimal (no exponent, no trailing zeros: {@code 1.50}
 * and {@code 1.5} and {@code 15E-1} all become {@code 1.5}). Strings are escaped as Jackson escapes them. A raw
 * value ({@link RawValue}) is taken as canonical JSON already and written as it is. Pure function; one streaming
 * pass.
 */
public final class CanonicalJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        var out = new StringWriter(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.writeNull();
        } else if (node.isObject()) {
            var names = new ArrayList<String>(node.size());
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.writeStartObject();
            for (String name : names) {
                out.writeFieldName(name);
                write(node.get(name), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); ) {
                write(elements.next(), out);
            }
            out.writeEndArray();
        } else if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw) {
            out.writeRawValue(String.valueOf(raw.rawValue()));
        } else if (node.isNumber()) {
            out.writeNumber(normalised(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeString(node.asText());
        }
    }

    static String normalised(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
