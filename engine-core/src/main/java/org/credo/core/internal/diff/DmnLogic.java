package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credo.core.internal.dmn.DmnXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The logic of one DMN decision or business knowledge model as the diff compares it: its table (if any) and its
 * other properties (hit policy, columns, literal expressions), all as normalised text. Reads the XML only.
 *
 * @param properties by name: {@code hitPolicy}, {@code inputs}, {@code outputs}, {@code annotations},
 *                   {@code expression} or {@code expression <context entry>}
 * @param table      the first decision table it holds, or {@code null}
 */
record DmnLogic(String file, String model, String name, String kind, Map<String, String> properties,
                Table table) {

    /** A decision table's column names (made unique within their kind) and rules. */
    record Table(List<String> inputs, List<String> outputs, List<String> annotations, List<Row> rows) {
    }

    /** One rule's entries, column by column. */
    record Row(List<String> inputs, List<String> outputs, List<String> annotations) {
        String annotation(List<String> columns, String column) {
            int at = columns.indexOf(column);
            return at < 0 || at >= annotations.size() ? null : annotations.get(at);
        }
    }

    /** The decisions and business knowledge models of one DMN file, in document order; none when unreadable. */
    static List<DmnLogic> read(String file, byte[] content) {
        Element definitions;
        try {
            definitions = DmnXml.parse(content);
        } catch (SAXException e) {
            return List.of();
        }
        var logic = new ArrayList<DmnLogic>();
        for (Element owner : children(definitions)) {
            String kind = owner.getLocalName();
            if (kind.equals("decision") || kind.equals("businessKnowledgeModel")) {
                logic.add(of(file, definitions.getAttribute("name"), owner));
            }
        }
        return logic;
    }

    private static DmnLogic of(String file, String model, Element owner) {
        var properties = new LinkedHashMap<String, String>();
        Element tableElement = first(owner.getElementsByTagNameNS("*", "decisionTable"));
        Table table = null;
        if (tableElement != null) {
            table = table(owner, tableElement, properties);
        }
        var expressions = owner.getElementsByTagNameNS("*", "literalExpression");
        for (int i = 0; i < expressions.getLength(); i++) {
            var expression = (Element) expressions.item(i);
            String entry = contextEntryName(expression);
            properties.put(entry == null ? "expression" : "expression " + entry, text(expression));
        }
        return new DmnLogic(file, model, owner.getAttribute("name"), owner.getLocalName(), properties, table);
    }

    private static Table table(Element owner, Element table, Map<String, String> properties) {
        var inputs = new ArrayList<String>();
        var inputDefinitions = new ArrayList<String>();
        var outputs = new ArrayList<String>();
        var outputDefinitions = new ArrayList<String>();
        var annotations = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        for (Element child : children(table)) {
            switch (child.getLocalName()) {
                case "input" -> {
                    Element expression = firstChild(child, "inputExpression");
                    String label = child.hasAttribute("label") ? child.getAttribute("label") : text(expression);
                    inputs.add(label);
                    inputDefinitions.add(label + " = " + text(expression) + typeRef(expression));
                }
                case "output" -> {
                    String name = child.hasAttribute("name") ? child.getAttribute("name")
                            : child.hasAttribute("label") ? child.getAttribute("label") : owner.getAttribute("name");
                    outputs.add(name);
                    outputDefinitions.add(name + typeRef(child));
                }
                case "annotation" -> annotations.add(child.getAttribute("name"));
                case "rule" -> rows.add(new Row(entries(child, "inputEntry"), entries(child, "outputEntry"),
                        entries(child, "annotationEntry")));
                default -> { }
            }
        }
        String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
        properties.put("hitPolicy", table.hasAttribute("aggregation")
                ? hitPolicy + " " + table.getAttribute("aggregation") : hitPolicy);
        properties.put("inputs", String.join("; ", inputDefinitions));
        properties.put("outputs", String.join("; ", outputDefinitions));
        properties.put("annotations", String.join("; ", annotations));
        return new Table(unique(inputs), unique(outputs), unique(annotations), rows);
    }

    private static String typeRef(Element element) {
        return element == null || element.getAttribute("typeRef").isEmpty() ? ""
                : " : " + element.getAttribute("typeRef");
    }

    private static String contextEntryName(Element expression) {
        if (expression.getParentNode() instanceof Element parent && parent.getLocalName().equals("contextEntry")) {
            Element variable = firstChild(parent, "variable");
            return variable == null ? "" : variable.getAttribute("name");
        }
        return null;
    }

    /** Column names as people read them; a name that repeats gets {@code #2}, {@code #3} … */
    private static List<String> unique(List<String> names) {
        var seen = new HashMap<String, Integer>();
        return names.stream().map(name -> {
            int count = seen.merge(name, 1, Integer::sum);
            return count == 1 ? name : name + " #" + count;
        }).toList();
    }

    private static List<String> entries(Element rule, String name) {
        return children(rule).stream().filter(e -> e.getLocalName().equals(name)).map(DmnLogic::text).toList();
    }

    /** The element's {@code <text>}, whitespace runs collapsed. */
    private static String text(Element element) {
        Element text = element == null ? null : firstChild(element, "text");
        return text == null ? "" : text.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static List<Element> children(Element parent) {
        var children = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element firstChild(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
    }

    private static Element first(NodeList nodes) {
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
