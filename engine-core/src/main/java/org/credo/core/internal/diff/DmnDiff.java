package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credo.core.RuleSetDiff.Change;
import org.credo.core.RuleSetDiff.DecisionChange;
import org.credo.core.RuleSetDiff.RuleChange;
import org.credo.core.RuleSetDiff.ValueChange;

/**
 * The DMN decisions and business knowledge models of two bundles, matched by model name, kind and name (so a model
 * may move to another file), in that order.
 */
final class DmnDiff {
    private static final Comparator<DmnLogic> ORDER = Comparator.comparing(DmnLogic::model)
            .thenComparing(DmnLogic::kind).thenComparing(DmnLogic::name);

    private DmnDiff() {
    }

    static List<DecisionChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        Map<DmnLogic, DmnLogic> old = index(before);
        Map<DmnLogic, DmnLogic> now = index(after);
        var changes = new ArrayList<DecisionChange>();
        var keys = new TreeSet<DmnLogic>(ORDER);
        keys.addAll(old.keySet());
        keys.addAll(now.keySet());
        for (DmnLogic key : keys) {
            DmnLogic was = old.get(key);
            DmnLogic is = now.get(key);
            if (was == null) {
                changes.add(change(is, Change.ADDED, List.of(), List.of()));
            } else if (is == null) {
                changes.add(change(was, Change.REMOVED, List.of(), List.of()));
            } else {
                List<ValueChange> properties = ValueChanges.of(was.properties(), is.properties());
                List<RuleChange> rules = was.table() == null || is.table() == null ? List.of()
                        : TableRuleDiff.between(was.table(), is.table());
                if (!properties.isEmpty() || !rules.isEmpty()) {
                    changes.add(change(is, Change.CHANGED, properties, rules));
                }
            }
        }
        return changes;
    }

    private static DecisionChange change(DmnLogic logic, Change change, List<ValueChange> properties,
                                         List<RuleChange> rules) {
        return new DecisionChange(logic.file(), logic.model(), logic.name(), logic.kind(), change, properties, rules);
    }

    /** Every decision and business knowledge model of the DMN files, keyed by itself under {@link #ORDER}. */
    private static Map<DmnLogic, DmnLogic> index(Map<String, byte[]> files) {
        var index = new TreeMap<DmnLogic, DmnLogic>(ORDER);
        files.forEach((path, content) -> {
            if (path.endsWith(".dmn")) {
                DmnLogic.read(path, content).forEach(logic -> index.putIfAbsent(logic, logic));
            }
        });
        return index;
    }
}
