package org.credo.benchmarks.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every engine the inspection benchmark compares, built over the same declarations. */
public final class InspectionEngines {
    private InspectionEngines() {
    }

    /** The engines by benchmark name, in the order the report lists them. */
    public static Map<String, InspectionEngine> all(Declaration[] declarations) {
        var engines = new LinkedHashMap<String, InspectionEngine>();
        engines.put("credo", new CredoInspection(declarations));
        engines.put("kieDecision", new KieInspection(declarations, KieInspection.Scope.DECISION));
        engines.put("kieExecModel", new KieInspection(declarations, KieInspection.Scope.DECISION, true));
        engines.put("kieEvaluateAll", new KieInspection(declarations, KieInspection.Scope.ALL));
        engines.put("camundaFeel", new CamundaInspection(declarations, CamundaInspection.Mode.FEEL));
        engines.put("camundaLegacy", new CamundaInspection(declarations, CamundaInspection.Mode.LEGACY));
        engines.put("java", new JavaInspection(declarations));
        return engines;
    }

    /**
     * Decides every declaration with every engine and compares each verdict with the hand-written Java one.
     *
     * @throws IllegalStateException listing every disagreement, when there is one
     */
    public static void requireAgreement(Declaration[] declarations, Map<String, InspectionEngine> engines) {
        var reference = new JavaInspection(declarations);
        var disagreements = new ArrayList<String>();
        for (int i = 0; i < declarations.length; i++) {
            Verdict expected = reference.decide(i);
            for (var engine : engines.entrySet()) {
                Verdict actual;
                try {
                    actual = engine.getValue().verdict(engine.getValue().decide(i));
                } catch (RuntimeException e) {
                    disagreements.add(engine.getKey() + " on " + declarations[i] + ": " + e);
                    continue;
                }
                if (!actual.agreesWith(expected)) {
                    disagreements.add(engine.getKey() + " on " + declarations[i] + ": " + actual + ", Java says "
                            + expected);
                }
            }
        }
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException(disagreements.size() + " disagreements, the first: "
                    + String.join("\n", disagreements.subList(0, Math.min(10, disagreements.size()))));
        }
    }
}
