package org.credo.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A bundle's {@code ruleset.json}: what the rule set is, which files it holds and which decisions it offers.
 *
 * <pre>{@code
 * { "name": "zhangzhou-cbec", "description": "…", "validFrom": "2018-05-01", "validTo": null,
 *   "files": ["rules/credit.drl", "dmn/inspection.dmn", "scenarios/inspection.scenarios.json"],
 *   "decisions": { "inspection": { "model": "Inspection", "decision": "Inspection" },
 *                  "credit-classification": { "binding": "customs-credit" } },
 *   "invariants": [ { "model": "Spot checks", "decision": "Ratios are monotonic",
 *                     "message": "spot-check ratios must not fall as risk rises" } ] }
 * }</pre>
 *
 * @param files      every file of the bundle but the manifest itself; the bundle must hold exactly these
 * @param decisions  the named decisions, each either a DMN decision or a DRL rule base read through a binding
 * @param invariants DMN decisions that must evaluate to {@code true} for the bundle to validate
 */
public record Manifest(String name, String description, LocalDate validFrom, LocalDate validTo, List<String> files,
                       Map<String, DecisionDefinition> decisions, List<Invariant> invariants) {

    /** The manifest's path in every bundle. */
    public static final String PATH = "ruleset.json";

    public Manifest {
        files = List.copyOf(files);
        decisions = Map.copyOf(decisions);
        invariants = List.copyOf(invariants);
    }

    /**
     * A named decision: a DMN decision ({@code model} and {@code decision}; the decision's result, a context, gives
     * the outputs) or the bundle's DRL rules read through a host {@code binding}.
     */
    public record DecisionDefinition(String model, String decision, String binding) {
        public boolean isDmn() {
            return model != null;
        }
    }

    /** A DMN decision, evaluated with no inputs, that must be {@code true}; otherwise {@code message} is an error. */
    public record Invariant(String model, String decision, String message) {
    }
}
