package org.credo.core.internal.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.credo.core.Bundle;
import org.credo.core.Manifest;
import org.credo.core.RuleSetDiff;
import org.credo.core.RuleSetDiff.Change;
import org.credo.core.RuleSetDiff.FileChange;

/** Compares two bundles part by part: the manifest, the files, the DMN logic and the DRL rules. */
public final class BundleDiff {
    private BundleDiff() {
    }

    /** What {@code to} changes relative to {@code from}. */
    public static RuleSetDiff between(Bundle from, Bundle to) {
        var before = from.files();
        var after = to.files();
        return new RuleSetDiff(from.versionId(), to.versionId(),
                ManifestDiff.between(before.get(Manifest.PATH), after.get(Manifest.PATH)), files(from, to),
                DmnDiff.between(before, after), DrlDiff.between(before, after));
    }

    private static List<FileChange> files(Bundle from, Bundle to) {
        var paths = new TreeSet<>(from.files().keySet());
        paths.addAll(to.files().keySet());
        paths.remove(Manifest.PATH);
        var changes = new ArrayList<FileChange>();
        for (String path : paths) {
            byte[] before = from.files().get(path);
            byte[] after = to.files().get(path);
            if (before == null) {
                changes.add(new FileChange(path, Change.ADDED));
            } else if (after == null) {
                changes.add(new FileChange(path, Change.REMOVED));
            } else if (!Arrays.equals(before, after)) {
                changes.add(new FileChange(path, Change.CHANGED));
            }
        }
        return changes;
    }
}
