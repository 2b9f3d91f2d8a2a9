package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.credo.core.RuleSetDiff.Change;
import org.credo.core.RuleSetDiff.DrlRuleChange;
import org.credo.core.RuleSetDiff.ValueChange;

/** The DRL rules of two bundles, matched by package and rule name, in that order. */
final class DrlDiff {
    private DrlDiff() {
    }

    static List<DrlRuleChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        Map<String, DrlRule> old = index(before);
        Map<String, DrlRule> now = index(after);
        var keys = new TreeSet<String>(old.keySet());
        keys.addAll(now.keySet());
        var changes = new ArrayList<DrlRuleChange>();
        for (String key : keys) {
            DrlRule was = old.get(key);
            DrlRule is = now.get(key);
            if (was == null) {
                changes.add(change(is, Change.ADDED, List.of()));
            } else if (is == null) {
                changes.add(change(was, Change.REMOVED, List.of()));
            } else {
                List<ValueChange> properties = ValueChanges.of(was.properties(), is.properties());
                if (!properties.isEmpty()) {
                    changes.add(change(is, Change.CHANGED, properties));
                }
            }
        }
        return changes;
    }

    private static DrlRuleChange change(DrlRule rule, Change change, List<ValueChange> properties) {
        return new DrlRuleChange(rule.file(), rule.packageName(), rule.name(), change,
                rule.properties().get("@" + DrlRule.RULE_ID), rule.properties().get("@" + DrlRule.LEGAL_BASIS),
                properties);
    }

    private static Map<String, DrlRule> index(Map<String, byte[]> files) {
        var index = new TreeMap<String, DrlRule>();
        files.forEach((path, content) -> {
            if (path.endsWith(".drl")) {
                DrlRule.read(path, content).forEach(rule -> index.putIfAbsent(rule.packageName() + "\u0000"
                        + rule.name(), rule));
            }
        });
        return index;
    }
}
