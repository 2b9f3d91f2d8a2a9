package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The one reading of a DMN document's decision tables from its XML (parsed by {@link DmnXml}), shared by the diff
 * and {@link org.credo.core.RuleSetTables}: the decisions and business knowledge models, and each table's hit
 * policy, columns and rules. Text is stripped and its runs of whitespace collapsed. Never evaluates anything.
 */
public final class DmnTableReader {
    private DmnTableReader() {
    }

    /**
     * A decision table.
     *
     * @param hitPolicy   the hit policy ({@code UNIQUE} when absent), followed by the aggregation when there is one
     * @param annotations the annotation columns' names
     */
    public record Table(String hitPolicy, List<Input> inputs, List<Output> outputs, List<String> annotations,
                        List<Rule> rules) {
        public Table {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
            rules = List.copyOf(rules);
        }
    }

    /**
     * An input column.
     *
     * @param label      its label, else the text of its input expression
     * @param expression the text of its input expression, empty when it has none
     * @param typeRef    its input expression's type, empty when not declared
     */
    public record Input(String label, String expression, String typeRef) {
    }

    /**
     * An output column.
     *
     * @param name    its name, else its label, else the name of the decision or model that holds the table
     * @param typeRef its type, empty when not declared
     */
    public record Output(String name, String typeRef) {
    }

    /** One rule's entries, column by column, in the order the rule lists them. */
    public record Rule(List<String> inputs, List<String> outputs, List<String> annotations) {
        public Rule {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
        }
    }

    /** The decisions and business knowledge models of {@code definitions}, in document order. */
    public static List<Element> owners(Element definitions) {
        return children(definitions).stream().filter(child -> child.getLocalName().equals("decision")
                || child.getLocalName().equals("businessKnowledgeModel")).toList();
    }

    /** Every decision table {@code owner} holds, at any depth, in document order. */
    public static List<Table> tables(Element owner) {
        var tables = new ArrayList<Table>();
        NodeList found = owner.getElementsByTagNameNS("*", "decisionTable");
        for (int i = 0; i < found.getLength(); i++) {
            tables.add(table(owner, (Element) found.item(i)));
        }
        return tables;
    }

    /** The element's {@code <text>}, or empty. */
    public static String text(Element element) {
        return normalised(element == null ? null : firstChild(element, "text"));
    }

    /** The element's {@code <description>}, or empty. */
    public static String description(Element element) {
        return normalised(firstChild(element, "description"));
    }

    /** The first child element named {@code localName}, or null. */
    public static Element firstChild(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
    }

    private static Table table(Element owner, Element table) {
        var inputs = new ArrayList<Input>();
        var outputs = new ArrayList<Output>();
        var annotations = new ArrayList<String>();
        var rules = new ArrayList<Rule>();
        for (Element child : children(table)) {
            switch (child.getLocalName()) {
                case "input" -> {
                    Element expression = firstChild(child, "inputExpression");
                    String text = text(expression);
                    inputs.add(new Input(child.hasAttribute("label") ? child.getAttribute("label") : text, text,
                            expression == null ? "" : expression.getAttribute("typeRef")));
                }
                case "output" -> outputs.add(new Output(child.hasAttribute("name") ? child.getAttribute("name")
                        : child.hasAttribute("label") ? child.getAttribute("label") : owner.getAttribute("name"),
                        child.getAttribute("typeRef")));
                case "annotation" -> annotations.add(child.getAttribute("name"));
                case "rule" -> rules.add(new Rule(entries(child, "inputEntry"), entries(child, "outputEntry"),
                        entries(child, "annotationEntry")));
                default -> { }
            }
        }
        String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
        if (table.hasAttribute("aggregation")) {
            hitPolicy += " " + table.getAttribute("aggregation");
        }
        return new Table(hitPolicy, inputs, outputs, annotations, rules);
    }

    private static List<String> entries(Element rule, String name) {
        return children(rule).stream().filter(e -> e.getLocalName().equals(name)).map(DmnTableReader::text)
                .toList();
    }

    private static String normalised(Element element) {
        return element == null ? "" : element.getTextContent().strip().replaceAll("\\s+", " ");
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
}
