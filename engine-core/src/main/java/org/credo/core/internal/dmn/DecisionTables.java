package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleBasis;
import org.credo.core.RuleDescriptor;
import org.credo.core.Severity;
import org.kie.dmn.model.api.ContextEntry;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;

/**
 * The decision tables of one model, read once at compile time: each table's name and the {@link RuleBasis} of each
 * of its rules, so that evaluation only looks them up.
 */
final class DecisionTables {
    /** The basis of a rule whose table declares no annotations. */
    static final RuleBasis NO_BASIS = new RuleBasis(null, null, null, null, null, null, false, null, null);

    private final Map<String, Table> byId;
    private final Map<String, Table> byElement;
    private final List<RuleDescriptor> rules;

    private DecisionTables(Map<String, Table> byId, Map<String, Table> byElement, List<RuleDescriptor> rules) {
        this.byId = Map.copyOf(byId);
        this.byElement = Map.copyOf(byElement);
        this.rules = List.copyOf(rules);
    }

    /** Reads every table of {@code definitions}; malformed annotations are reported as problems. */
    static DecisionTables read(String file, Definitions definitions, List<Problem> problems) {
        var byId = new HashMap<String, Table>();
        var byElement = new HashMap<String, Table>();
        var tablesPerElement = new HashMap<String, Integer>();
        var rules = new ArrayList<RuleDescriptor>();
        for (DRGElement element : definitions.getDrgElement()) {
            var tables = new ArrayList<DecisionTable>();
            collect(element, tables);
            for (DecisionTable table : tables) {
                String name = name(element, table);
                var bases = new ArrayList<RuleBasis>();
                for (int i = 0; i < table.getRule().size(); i++) {
                    int number = i + 1;
                    String elementId = table.getId() != null ? table.getId() : element.getId();
                    RuleBasis basis = RuleAnnotations.basis(table, table.getRule().get(i), message ->
                            problems.add(Problem.inElement(ProblemCodes.RULE_METADATA, Severity.ERROR, file,
                                    elementId, number, name + " rule " + number + ": " + message)));
                    bases.add(basis);
                    rules.add(new RuleDescriptor("DMN", file, name, "rule " + number, number, basis));
                }
                var entry = new Table(name, List.copyOf(bases));
                if (table.getId() != null) {
                    byId.put(table.getId(), entry);
                }
                tablesPerElement.merge(element.getName(), 1, Integer::sum);
                byElement.put(element.getName(), entry);
            }
        }
        tablesPerElement.forEach((element, count) -> {
            if (count > 1) {
                byElement.remove(element);
            }
        });
        return new DecisionTables(byId, byElement, rules);
    }

    /** The table Kie reports by id, or by the name of the decision or BKM holding it; null when unknown. */
    Table find(String tableId, String elementName) {
        Table table = tableId == null ? null : byId.get(tableId);
        return table != null ? table : byElement.get(elementName);
    }

    List<RuleDescriptor> rules() {
        return rules;
    }

    private static void collect(DMNModelInstrumentedBase node, List<DecisionTable> tables) {
        if (node instanceof DecisionTable table) {
            tables.add(table);
        }
        for (DMNModelInstrumentedBase child : node.getChildren()) {
            collect(child, tables);
        }
    }

    private static String name(DRGElement element, DecisionTable table) {
        if (table.getParent() instanceof ContextEntry entry && entry.getVariable() != null
                && entry.getVariable().getName() != null) {
            return element.getName() + "." + entry.getVariable().getName();
        }
        return element.getName();
    }

    /** One table: its display name and its rules' bases in rule order. */
    record Table(String name, List<RuleBasis> bases) {
        RuleBasis basis(int ruleNumber) {
            return ruleNumber >= 1 && ruleNumber <= bases.size() ? bases.get(ruleNumber - 1) : NO_BASIS;
        }
    }
}
