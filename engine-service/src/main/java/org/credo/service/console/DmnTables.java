package org.credo.service.console;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decision tables of a bundle's DMN files, read for people: each table's inputs, outputs and annotation columns
 * (rule id, description, legal basis, confidence, validity) and its rules. Reads the XML only — no DTDs, no external
 * entities — and never evaluates anything.
 */
public final class DmnTables {
    private DmnTables() {
    }

    /** One DMN file's model and its tables. */
    public record Model(String file, String name, String description, List<Table> tables) {
    }

    /** A decision table, named after the decision or business knowledge model that holds it. */
    public record Table(String owner, String kind, String description, String hitPolicy, List<Column> inputs,
                 List<Column> outputs, List<String> annotations, List<Rule> rules) {
        /** The position of the legal-basis annotation column, or -1. */
        public int legalBasisColumn() {
            return annotations.indexOf("legalBasis");
        }
    }

    /** An input or output column. */
    public record Column(String label, String typeRef) {
    }

    /** One rule: its number, input entries, output entries and annotation entries. */
    public record Rule(int number, List<String> inputs, List<String> outputs, List<String> annotations) {
    }

    /** Every DMN file of the bundle (by path), in path order. */
    static List<Model> of(Map<String, byte[]> files) {
        var models = new ArrayList<Model>();
        files.forEach((path, content) -> {
            if (path.endsWith(".dmn")) {
                models.add(read(path, content));
            }
        });
        return models;
    }

    private static Model read(String path, byte[] content) {
        Element definitions = parse(content).getDocumentElement();
        var tables = new ArrayList<Table>();
        for (Element owner : children(definitions)) {
            String kind = owner.getLocalName();
            if (!kind.equals("decision") && !kind.equals("businessKnowledgeModel")) {
                continue;
            }
            for (Element table : descendants(owner, "decisionTable")) {
                tables.add(table(owner, kind, table));
            }
        }
        return new Model(path, definitions.getAttribute("name"), text(first(definitions, "description")), tables);
    }

    private static Table table(Element owner, String kind, Element table) {
        var inputs = new ArrayList<Column>();
        var outputs = new ArrayList<Column>();
        var annotations = new ArrayList<String>();
        var rules = new ArrayList<Rule>();
        for (Element child : children(table)) {
            switch (child.getLocalName()) {
                case "input" -> {
                    Element expression = first(child, "inputExpression");
                    String label = child.hasAttribute("label") ? child.getAttribute("label")
                            : text(first(expression, "text"));
                    inputs.add(new Column(label, expression == null ? "" : expression.getAttribute("typeRef")));
                }
                case "output" -> outputs.add(new Column(child.hasAttribute("name") ? child.getAttribute("name")
                        : child.hasAttribute("label") ? child.getAttribute("label") : owner.getAttribute("name"),
                        child.getAttribute("typeRef")));
                case "annotation" -> annotations.add(child.getAttribute("name"));
                case "rule" -> rules.add(new Rule(rules.size() + 1, entries(child, "inputEntry"),
                        entries(child, "outputEntry"), entries(child, "annotationEntry")));
                default -> { }
            }
        }
        String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
        if (table.hasAttribute("aggregation")) {
            hitPolicy += " " + table.getAttribute("aggregation");
        }
        return new Table(owner.getAttribute("name"), kind, text(first(owner, "description")), hitPolicy, inputs,
                outputs, annotations, rules);
    }

    private static List<String> entries(Element rule, String name) {
        var entries = new ArrayList<String>();
        for (Element entry : children(rule)) {
            if (entry.getLocalName().equals(name)) {
                entries.add(unquoted(text(first(entry, "text"))));
            }
        }
        return entries;
    }

    /** Annotation cells may be quoted FEEL strings; people read them without the quotes. */
    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1)
                == text.length() - 1 ? text.substring(1, text.length() - 1) : text;
    }

    private static Document parse(byte[] content) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("a DMN file of a compiled rule set cannot be read again", e);
        }
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

    private static List<Element> descendants(Element parent, String localName) {
        var found = new ArrayList<Element>();
        var nodes = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
