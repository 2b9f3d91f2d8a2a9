package org.credo.core.internal.compile;

import org.credo.core.Manifest;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The manifest's {@code files} must list exactly the bundle's files, the manifest itself aside. */
final class ManifestFilesCheck {
    private ManifestFilesCheck() {
    }

    static void check(Manifest manifest, Set<String> bundleFiles, ManifestLines lines, List<Problem> problems) {
        var listed = new HashSet<String>();
        for (String file : manifest.files()) {
            if (!listed.add(file)) {
                problems.add(problem(lines.lineOf(file), "lists " + file + " twice"));
            } else if (file.equals(Manifest.PATH)) {
                problems.add(problem(lines.lineOf(file), "lists itself; \"files\" names every other file"));
            } else if (!bundleFiles.contains(file)) {
                problems.add(problem(lines.lineOf(file), "lists " + file + ", which the bundle does not hold"));
            }
        }
        bundleFiles.stream()
                .filter(file -> !file.equals(Manifest.PATH) && !listed.contains(file))
                .forEach(file -> problems.add(problem(lines.lineOf("files"),
                        "does not list " + file + ", which the bundle holds")));
    }

    private static Problem problem(Integer line, String message) {
        return Problem.inLine(ProblemCodes.MANIFEST, Severity.ERROR, Manifest.PATH, line, "the manifest " + message);
    }
}
