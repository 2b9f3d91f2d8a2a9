package org.credo.core.internal.dmn;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The decisions of one model that engine-core compiled at compile time into plain Java, with the tables' tests,
 * outputs and types resolved once. {@link #evaluate} gives exactly what Kie gives (results and trace), or null when
 * the decision was not compiled or the evaluation meets anything it leaves to Kie; the caller then asks Kie.
 * Immutable and thread-safe.
 */
final class DecisionPlan {
    static final DecisionPlan NONE = new DecisionPlan(Map.of(), -1, 0, Map.of(), Set.of());

    private final Map<String, Integer> inputSlots;
    private final int asOfSlot;
    private final int slots;
    private final Map<String, CompiledDecision> decisions;
    private final Set<String> reserved;

    DecisionPlan(Map<String, Integer> inputSlots, int asOfSlot, int slots, Map<String, CompiledDecision> decisions,
                 Set<String> reserved) {
        this.inputSlots = Map.copyOf(inputSlots);
        this.asOfSlot = asOfSlot;
        this.slots = slots;
        this.decisions = Map.copyOf(decisions);
        this.reserved = Set.copyOf(reserved);
    }

    /** The names of the compiled decisions. */
    Set<String> decisions() {
        return decisions.keySet();
    }

    /**
     * Evaluates a decision and what it requires.
     *
     * @param asOf the day to pass as the {@code asOf} input data, or null
     * @return the evaluation, or null when Kie must evaluate
     */
    DmnEvaluation evaluate(String decision, Map<String, Object> inputs, LocalDate asOf) {
        CompiledDecision compiled = decisions.get(decision);
        if (compiled == null) {
            return null;
        }
        for (String name : inputs.keySet()) {
            if (reserved.contains(name)) {
                return null;
            }
        }
        Object[] frame = new Object[slots];
        inputSlots.forEach((name, slot) -> frame[slot] = inputs.get(name));
        if (asOf != null && asOfSlot >= 0) {
            frame[asOfSlot] = asOf;
        }
        var run = new PlanRun(frame);
        try {
            compiled.evaluate(run);
        } catch (RuntimeException e) {
            return null;
        }
        return run.evaluation();
    }
}
