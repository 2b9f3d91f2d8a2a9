package org.credo.core.internal.diff;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.credo.core.internal.dmn.DmnTableReader;
import org.credo.core.internal.dmn.DmnXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The logic of one DMN decision or business knowledge model as the diff compares it: its table (if any) and its
 * other properties (hit policy, columns, literal expressions), all as normalised text. Reads the XML only, through
 * {@link DmnTableReader}.
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
        return DmnTableReader.owners(definitions).stream()
                .map(owner -> of(file, definitions.getAttribute("name"), owner)).toList();
    }

    private static DmnLogic of(String file, String model, Element owner) {
        var properties = new LinkedHashMap<String, String>();
        List<DmnTableReader.Table> tables = DmnTableReader.tables(owner);
        Table table = tables.isEmpty() ? null : table(tables.get(0), properties);
        var expressions = owner.getElementsByTagNameNS("*", "literalExpression");
        for (int i = 0; i < expressions.getLength(); i++) {
            var expression = (Element) expressions.item(i);
            String entry = contextEntryName(expression);
            properties.put(entry == null ? "expression" : "expression " + entry, DmnTableReader.text(expression));
        }
        return new DmnLogic(file, model, owner.getAttribute("name"), owner.getLocalName(), properties, table);
    }

    private static Table table(DmnTableReader.Table table, Map<String, String> properties) {
        properties.put("hitPolicy", table.hitPolicy());
        properties.put("inputs", table.inputs().stream()
                .map(input -> input.label() + " = " + input.expression() + typeRef(input.typeRef()))
                .collect(Collectors.joining("; ")));
        properties.put("outputs", table.outputs().stream().map(output -> output.name() + typeRef(output.typeRef()))
                .collect(Collectors.joining("; ")));
        properties.put("annotations", String.join("; ", table.annotations()));
        List<Row> rows = table.rules().stream().map(rule -> new Row(rule.inputs(), rule.outputs(), rule.annotations()))
                .toList();
        return new Table(unique(table.inputs().stream().map(DmnTableReader.Input::label).toList()),
                unique(table.outputs().stream().map(DmnTableReader.Output::name).toList()),
                unique(table.annotations()), rows);
    }

    private static String typeRef(String typeRef) {
        return typeRef.isEmpty() ? "" : " : " + typeRef;
    }

    private static String contextEntryName(Element expression) {
        if (expression.getParentNode() instanceof Element parent && parent.getLocalName().equals("contextEntry")) {
            Element variable = DmnTableReader.firstChild(parent, "variable");
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
}
