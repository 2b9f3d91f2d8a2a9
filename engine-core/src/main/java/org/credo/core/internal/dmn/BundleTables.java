package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.List;

import org.credo.core.Bundle;
import org.credo.core.BundleLimits;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSetTables;
import org.credo.core.RuleSetTables.Column;
import org.credo.core.RuleSetTables.Model;
import org.credo.core.RuleSetTables.Rule;
import org.credo.core.RuleSetTables.Table;
import org.credo.core.Severity;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Builds {@link RuleSetTables} from a bundle's DMN files with {@link DmnTableReader}, after the same bounded
 * streaming pass the compiler makes ({@link DmnXmlBounds}: no DOCTYPE, the {@link BundleLimits#defaults()}).
 */
public final class BundleTables {
    private BundleTables() {
    }

    /** Every {@code .dmn} file of the bundle, in path order. */
    public static RuleSetTables of(Bundle bundle) {
        var models = new ArrayList<Model>();
        bundle.files().forEach((path, content) -> {
            if (path.endsWith(".dmn")) {
                models.add(model(path, content));
            }
        });
        return new RuleSetTables(models);
    }

    private static Model model(String path, byte[] content) {
        var problems = new ArrayList<Problem>();
        if (!DmnXmlBounds.check(path, content, BundleLimits.defaults(), problems)) {
            return unreadable(path, problems.get(0));
        }
        Element definitions;
        try {
            definitions = DmnXml.parse(content);
        } catch (SAXException e) {
            return unreadable(path, new Problem(ProblemCodes.DMN_SCHEMA, Severity.ERROR, path, DmnXml.line(e), null,
                    null, "not well-formed XML: " + e.getMessage()));
        }
        var tables = new ArrayList<Table>();
        for (Element owner : DmnTableReader.owners(definitions)) {
            for (DmnTableReader.Table table : DmnTableReader.tables(owner)) {
                tables.add(table(owner, table));
            }
        }
        return new Model(path, definitions.getAttribute("name"), DmnTableReader.description(definitions), tables,
                null);
    }

    private static Model unreadable(String path, Problem problem) {
        return new Model(path, "", "", List.of(), problem);
    }

    private static Table table(Element owner, DmnTableReader.Table table) {
        var rules = new ArrayList<Rule>();
        for (DmnTableReader.Rule rule : table.rules()) {
            rules.add(new Rule(rules.size() + 1, unquoted(rule.inputs()), unquoted(rule.outputs()),
                    unquoted(rule.annotations())));
        }
        return new Table(owner.getAttribute("name"), owner.getLocalName(), DmnTableReader.description(owner),
                table.hitPolicy(), table.inputs().stream().map(in -> new Column(in.label(), in.typeRef())).toList(),
                table.outputs().stream().map(out -> new Column(out.name(), out.typeRef())).toList(),
                table.annotations(), rules);
    }

    /** A cell that is one quoted string, without its quotes: {@code "EXPORT"} reads EXPORT, {@code "A","B"} stays. */
    private static List<String> unquoted(List<String> entries) {
        return entries.stream().map(text -> text.length() >= 2 && text.startsWith("\"")
                && text.indexOf('"', 1) == text.length() - 1 ? text.substring(1, text.length() - 1) : text).toList();
    }
}
