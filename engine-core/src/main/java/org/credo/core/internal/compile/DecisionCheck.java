package org.credo.core.internal.compile;

import org.credo.core.Manifest;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every decision the manifest names must exist: a DMN decision in a model of the bundle, or a binding the host
 * registered. Invariants must name DMN decisions that exist too.
 */
final class DecisionCheck {
    private DecisionCheck() {
    }

    static void check(Manifest manifest, Map<String, Set<String>> decisionsByModel, Set<String> bindings,
                      ManifestLines lines, List<Problem> problems) {
        new TreeMap<>(manifest.decisions()).forEach((name, definition) -> {
            Integer line = lines.lineOf(name);
            if (definition == null || definition.isDmn() == (definition.binding() != null)) {
                problems.add(Problem.inLine(ProblemCodes.MANIFEST, Severity.ERROR, Manifest.PATH, line, "decision "
                        + name + " names either a DMN \"model\" and \"decision\" or a \"binding\", not both"));
            } else if (definition.isDmn()) {
                checkDmn("decision " + name, definition.model(), definition.decision(), decisionsByModel, line,
                        problems);
            } else if (!bindings.contains(definition.binding())) {
                problems.add(unknown(line, "decision " + name + " uses binding " + definition.binding()
                        + ", which the host does not offer (it offers " + bindings.stream().sorted().toList() + ")"));
            }
        });
        for (Manifest.Invariant invariant : manifest.invariants()) {
            checkDmn("invariant \"" + invariant.message() + "\"", invariant.model(), invariant.decision(),
                    decisionsByModel, lines.lineOf(invariant.decision()), problems);
        }
    }

    private static void checkDmn(String what, String model, String decision, Map<String, Set<String>> byModel,
                                 Integer line, List<Problem> problems) {
        if (!byModel.containsKey(model)) {
            problems.add(unknown(line, what + " names model " + model + ", which the bundle does not hold"));
        } else if (decision == null || !byModel.get(model).contains(decision)) {
            problems.add(unknown(line, what + " names decision " + decision + ", which model " + model
                    + " does not declare"));
        }
    }

    private static Problem unknown(Integer line, String message) {
        return Problem.inLine(ProblemCodes.UNKNOWN_DECISION, Severity.ERROR, Manifest.PATH, line, message);
    }
}
