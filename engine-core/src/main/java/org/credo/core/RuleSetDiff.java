package org.credo.core;

import java.util.List;

import org.credo.core.internal.diff.BundleDiff;

/**
 * What changed from one rule-set version to another, for the person who approves it: the manifest key by key, the
 * files added, removed and changed, every DMN decision and business knowledge model (hit policy, columns, literal
 * expressions, and each decision-table rule cell by cell with its legal basis) and every DRL rule. Rules of a table
 * are matched by their {@code ruleId} annotation when both tables carry one for every rule, else by position. The
 * order is deterministic: by path, model and name, rules in table order.
 *
 * @param from      version id of the bundle compared against
 * @param to        version id of the bundle compared
 * @param manifest  {@code ruleset.json} values that differ, by dotted key ({@code decisions.inspection.model})
 * @param files     every file but the manifest that was added, removed or changed, by path
 * @param decisions DMN decisions and business knowledge models added, removed or changed
 * @param drlRules  DRL rules added, removed or changed, by package and name
 */
public record RuleSetDiff(String from, String to, List<ValueChange> manifest, List<FileChange> files,
                          List<DecisionChange> decisions, List<DrlRuleChange> drlRules) {

    public RuleSetDiff {
        manifest = List.copyOf(manifest);
        files = List.copyOf(files);
        decisions = List.copyOf(decisions);
        drlRules = List.copyOf(drlRules);
    }

    /** What {@code to} changes relative to {@code from}. */
    public static RuleSetDiff between(Bundle from, Bundle to) {
        return BundleDiff.between(from, to);
    }

    /** Whether the two bundles hold the same files. */
    public boolean isEmpty() {
        return manifest.isEmpty() && files.isEmpty() && decisions.isEmpty() && drlRules.isEmpty();
    }

    /** How an element differs. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** The column kinds of a decision table. */
    public enum Column { INPUT, OUTPUT, ANNOTATION }

    /** A named value before and after; {@code null} where it is absent. */
    public record ValueChange(String name, String before, String after) {
    }

    /** A file of the bundle added, removed or changed. */
    public record FileChange(String path, Change change) {
    }

    /**
     * A DMN decision or business knowledge model.
     *
     * @param kind       {@code decision} or {@code businessKnowledgeModel}
     * @param properties what changed of the element itself: {@code hitPolicy}, {@code inputs}, {@code outputs},
     *                   {@code annotations} of its table, {@code expression} (or {@code expression <entry>} in a
     *                   context) of its literal expressions
     * @param rules      the table's rules that were added, removed or changed
     */
    public record DecisionChange(String file, String model, String name, String kind, Change change,
                                 List<ValueChange> properties, List<RuleChange> rules) {
        public DecisionChange {
            properties = List.copyOf(properties);
            rules = List.copyOf(rules);
        }
    }

    /**
     * A decision-table rule.
     *
     * @param ruleId       its {@code ruleId} annotation, or {@code null} when the table has none
     * @param numberBefore its 1-based position before, {@code null} when added
     * @param numberAfter  its 1-based position after, {@code null} when removed
     * @param legalBasis   its {@code legalBasis} annotation (after the change, or before a removal)
     * @param cells        the cells that differ; all its cells when it was added or removed
     */
    public record RuleChange(String ruleId, Integer numberBefore, Integer numberAfter, Change change,
                             String legalBasis, List<CellChange> cells) {
        public RuleChange {
            cells = List.copyOf(cells);
        }
    }

    /** One cell of a rule, named by its column. */
    public record CellChange(Column kind, String column, String before, String after) {
    }

    /**
     * A DRL rule.
     *
     * @param properties what changed: {@code when}, {@code then}, {@code attribute <name>}, {@code @<metadata>}
     */
    public record DrlRuleChange(String file, String packageName, String name, Change change, String ruleId,
                                String legalBasis, List<ValueChange> properties) {
        public DrlRuleChange {
            properties = List.copyOf(properties);
        }
    }
}
