package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credo.core.RuleSetDiff.CellChange;
import org.credo.core.RuleSetDiff.Change;
import org.credo.core.RuleSetDiff.Column;
import org.credo.core.RuleSetDiff.RuleChange;
import org.credo.core.internal.diff.DmnLogic.Row;
import org.credo.core.internal.diff.DmnLogic.Table;

/**
 * The rules of two versions of a decision table, matched by their {@code ruleId} annotation when every rule of
 * both tables has a distinct one, else by position, and compared cell by cell under their column names. Rules come
 * out in the order of the table after, removed rules last in their order before.
 */
final class TableRuleDiff {
    static final String RULE_ID = "ruleId";
    static final String LEGAL_BASIS = "legalBasis";

    private final Table before;
    private final Table after;

    private TableRuleDiff(Table before, Table after) {
        this.before = before;
        this.after = after;
    }

    static List<RuleChange> between(Table before, Table after) {
        return new TableRuleDiff(before, after).changes();
    }

    private List<RuleChange> changes() {
        boolean byId = hasDistinctIds(before) && hasDistinctIds(after);
        Map<String, Integer> beforeByKey = new LinkedHashMap<>();
        for (int i = 0; i < before.rows().size(); i++) {
            beforeByKey.put(key(before, i, byId), i);
        }
        var changes = new ArrayList<RuleChange>();
        var matched = new HashSet<Integer>();
        for (int i = 0; i < after.rows().size(); i++) {
            Integer old = beforeByKey.get(key(after, i, byId));
            Row now = after.rows().get(i);
            if (old == null) {
                changes.add(new RuleChange(id(after, now), null, i + 1, Change.ADDED, legalBasis(after, now),
                        cells(null, now)));
                continue;
            }
            matched.add(old);
            var cells = cells(before.rows().get(old), now);
            if (!cells.isEmpty()) {
                changes.add(new RuleChange(id(after, now), old + 1, i + 1, Change.CHANGED, legalBasis(after, now),
                        cells));
            }
        }
        for (int i = 0; i < before.rows().size(); i++) {
            if (!matched.contains(i)) {
                Row old = before.rows().get(i);
                changes.add(new RuleChange(id(before, old), i + 1, null, Change.REMOVED, legalBasis(before, old),
                        cells(old, null)));
            }
        }
        return changes;
    }

    private List<CellChange> cells(Row old, Row now) {
        var cells = new ArrayList<CellChange>();
        compare(Column.INPUT, before.inputs(), old == null ? null : old.inputs(), after.inputs(),
                now == null ? null : now.inputs(), cells);
        compare(Column.OUTPUT, before.outputs(), old == null ? null : old.outputs(), after.outputs(),
                now == null ? null : now.outputs(), cells);
        compare(Column.ANNOTATION, before.annotations(), old == null ? null : old.annotations(),
                after.annotations(), now == null ? null : now.annotations(), cells);
        return cells;
    }

    private static void compare(Column kind, List<String> oldColumns, List<String> oldEntries,
                                List<String> newColumns, List<String> newEntries, List<CellChange> cells) {
        Map<String, String> was = byColumn(oldColumns, oldEntries);
        Map<String, String> is = byColumn(newColumns, newEntries);
        ValueChanges.of(was, is).forEach(change -> cells.add(new CellChange(kind, change.name(), change.before(),
                change.after())));
    }

    private static Map<String, String> byColumn(List<String> columns, List<String> entries) {
        var cells = new LinkedHashMap<String, String>();
        if (entries != null) {
            for (int i = 0; i < Math.min(columns.size(), entries.size()); i++) {
                cells.put(columns.get(i), entries.get(i));
            }
        }
        return cells;
    }

    private static boolean hasDistinctIds(Table table) {
        if (!table.annotations().contains(RULE_ID)) {
            return false;
        }
        var ids = new HashSet<String>();
        return table.rows().stream().allMatch(row -> {
            String id = id(table, row);
            return id != null && !id.isBlank() && ids.add(id);
        });
    }

    private static String key(Table table, int index, boolean byId) {
        return byId ? id(table, table.rows().get(index)) : Integer.toString(index);
    }

    private static String id(Table table, Row row) {
        return row.annotation(table.annotations(), RULE_ID);
    }

    private static String legalBasis(Table table, Row row) {
        return row.annotation(table.annotations(), LEGAL_BASIS);
    }
}
