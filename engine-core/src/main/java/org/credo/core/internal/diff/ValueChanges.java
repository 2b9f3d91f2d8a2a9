package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credo.core.RuleSetDiff.ValueChange;

/** The named values that differ between two maps: in the order of the keys after, then the keys only before. */
final class ValueChanges {
    private ValueChanges() {
    }

    static List<ValueChange> of(Map<String, String> before, Map<String, String> after) {
        var keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        var changes = new ArrayList<ValueChange>();
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (!Objects.equals(old, now)) {
                changes.add(new ValueChange(key, old, now));
            }
        }
        return changes;
    }
}
