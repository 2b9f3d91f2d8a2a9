package org.credo.core.internal.compile;

import org.credo.core.Manifest;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.Severity;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.credo.core.internal.dmn.DmnModels;

import java.util.List;
import java.util.Map;

/** Evaluates each manifest invariant, a DMN decision taking no inputs, which must give {@code true}. */
final class InvariantCheck {
    private InvariantCheck() {
    }

    static void check(Manifest manifest, DmnModels dmn, List<Problem> problems) {
        for (Manifest.Invariant invariant : manifest.invariants()) {
            if (!dmn.modelNames().contains(invariant.model())) {
                continue;
            }
            Object result;
            try {
                DmnEvaluation evaluation = dmn.evaluate(invariant.model(), invariant.decision(), Map.of(), null);
                result = evaluation.results().get(invariant.decision());
            } catch (RuntimeException e) {
                result = "an error: " + e.getMessage();
            }
            if (!Boolean.TRUE.equals(result)) {
                problems.add(Problem.inElement(ProblemCodes.INVARIANT_VIOLATED, Severity.ERROR,
                        dmn.fileOf(invariant.model()), invariant.decision(), null,
                        invariant.message() + " (" + invariant.decision() + " gave " + result + ")"));
            }
        }
    }
}
