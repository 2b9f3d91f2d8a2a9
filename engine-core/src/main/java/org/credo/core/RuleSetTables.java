package org.credo.core;

import java.util.List;

import org.credo.core.internal.dmn.BundleTables;

/**
 * The decision tables of a rule set's DMN files, for the person who reads them: per file its model and every table
 * its decisions and business knowledge models hold, with columns and rules. Reads the XML only, bounded as the
 * compiler reads it and with DTDs and external entities refused, and never evaluates anything. Text is stripped and
 * its runs of whitespace collapsed.
 *
 * @param models every DMN file of the bundle, in path order
 */
public record RuleSetTables(List<Model> models) {

    public RuleSetTables {
        models = List.copyOf(models);
    }

    /** The tables of every DMN file of {@code bundle}; a file that cannot be read comes with its problem. */
    public static RuleSetTables of(Bundle bundle) {
        return BundleTables.of(bundle);
    }

    /**
     * One DMN file.
     *
     * @param file        its bundle path
     * @param name        the model's name; empty when the file cannot be read
     * @param description the model's description, or empty
     * @param tables      its decision tables in document order; none when the file cannot be read
     * @param problem     why the file cannot be read, else {@code null}: {@code DMN_SCHEMA} (not well-formed XML),
     *                    {@code FORBIDDEN_CONSTRUCT} (a DOCTYPE) or {@code BUNDLE_LIMIT} (beyond
     *                    {@link BundleLimits#defaults()})
     */
    public record Model(String file, String name, String description, List<Table> tables, Problem problem) {
        public Model {
            tables = List.copyOf(tables);
        }
    }

    /**
     * A decision table, named after the decision or business knowledge model that holds it.
     *
     * @param owner       the name of the decision or business knowledge model
     * @param kind        {@code decision} or {@code businessKnowledgeModel}
     * @param description the owner's description, or empty
     * @param hitPolicy   the hit policy ({@code UNIQUE} when absent), followed by the aggregation when there is one
     *                    ({@code COLLECT SUM})
     * @param annotations the annotation columns' names ({@code ruleId}, {@code legalBasis} …)
     */
    public record Table(String owner, String kind, String description, String hitPolicy, List<Column> inputs,
                        List<Column> outputs, List<String> annotations, List<Rule> rules) {
        public Table {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
            rules = List.copyOf(rules);
        }

        /** The position of the {@code legalBasis} annotation column, or -1. */
        public int legalBasisColumn() {
            return annotations.indexOf("legalBasis");
        }
    }

    /**
     * An input or output column.
     *
     * @param label   an input's label (else its expression); an output's name (else its label, else the owner's name)
     * @param typeRef its declared type, or empty
     */
    public record Column(String label, String typeRef) {
    }

    /**
     * One rule. An entry that is a single quoted string is given without its quotes, as people read it.
     *
     * @param number      its 1-based position in the table, as the trace numbers it
     * @param inputs      its input entries, column by column
     * @param outputs     its output entries, column by column
     * @param annotations its annotation entries, column by column
     */
    public record Rule(int number, List<String> inputs, List<String> outputs, List<String> annotations) {
        public Rule {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            annotations = List.copyOf(annotations);
        }
    }
}
