package org.credo.core.tck;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.core.internal.json.FeelJson;
import org.w3c.dom.Element;

/**
 * TCK typed XML values as JSON, the way a client of the generic evaluate endpoint would send them: decimals and
 * doubles as JSON numbers (exact), booleans as booleans, strings as strings, dates, times, date-times and
 * durations as their ISO text, {@code <list><item>} as arrays, {@code <component>}s as objects, nil as null. A value
 * it cannot read is an {@link UnreadableValue}, never a guess.
 */
final class TckValues {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private TckValues() {
    }

    /** The value held by a node of the TCK's {@code valueType} (inputNode, expected, component, item). */
    static JsonNode json(Element holder) {
        List<Element> children = TckFile.children(holder);
        var components = children.stream().filter(e -> e.getLocalName().equals("component")).toList();
        if (!components.isEmpty()) {
            ObjectNode object = FeelJson.NODES.objectNode();
            components.forEach(c -> object.set(c.getAttribute("name"), json(c)));
            return object;
        }
        for (Element child : children) {
            switch (child.getLocalName()) {
                case "value" -> {
                    return scalar(child);
                }
                case "list" -> {
                    ArrayNode array = FeelJson.NODES.arrayNode();
                    TckFile.children(child).stream().filter(e -> e.getLocalName().equals("item"))
                            .forEach(item -> array.add(json(item)));
                    return array;
                }
                default -> {
                    // extension elements
                }
            }
        }
        return FeelJson.NODES.nullNode();
    }

    private static JsonNode scalar(Element value) {
        if ("true".equals(value.getAttributeNS(XSI, "nil"))) {
            return FeelJson.NODES.nullNode();
        }
        String type = value.getAttributeNS(XSI, "type");
        String text = value.getTextContent();
        String localType = type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
        switch (localType) {
            case "decimal", "double", "integer", "int", "long", "float" -> {
                try {
                    return FeelJson.NODES.numberNode(new BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    throw new UnreadableValue(type + " '" + text.strip() + "' is not a number");
                }
            }
            case "boolean" -> {
                return FeelJson.NODES.booleanNode(Boolean.parseBoolean(text.strip()));
            }
            case "date", "dateTime", "time", "duration" -> {
                return FeelJson.NODES.textNode(text.strip());
            }
            case "string", "" -> {
                return FeelJson.NODES.textNode(text);
            }
            default -> throw new UnreadableValue("values of type " + type + " are not read");
        }
    }

    /** A value of the suite that this reader cannot read: the test case it belongs to fails, saying so. */
    static final class UnreadableValue extends RuntimeException {
        UnreadableValue(String message) {
            super(message);
        }
    }
}
