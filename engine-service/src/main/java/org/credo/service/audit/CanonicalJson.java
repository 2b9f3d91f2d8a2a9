package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * The canonical serialisation audit hashes are computed over: JSON with object keys in code-point order, no
 * whitespace, and every number written as its normalised decimal (no exponent, no trailing zeros: {@code 1.50}
 * and {@code 1.5} and {@code 15E-1} all become {@code 1.5}). Pure function.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        var out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            var names = new ArrayList<String>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(TextNode.valueOf(names.get(i)));
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> elements = node.elements();
            boolean first = true;
            while (elements.hasNext()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(elements.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(normalised(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append(TextNode.valueOf(node.asText()));
        }
    }

    static String normalised(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
