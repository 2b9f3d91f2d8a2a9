package org.credo.core.internal.dmn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The decisions of one model that engine-core compiled at compile time into plain Java, with the tables' tests,
 * outputs and types resolved once. {@link #evaluate} gives exactly what Kie gives (results and trace), or null when
 * the decision was not compiled or the evaluation meets anything it leaves to Kie; the caller then asks Kie. Each
 * time a compiled decision leaves an evaluation to Kie it is counted ({@link #fallbacks}) and logged at DEBUG: a
 * silent fallback would be a slowdown nobody sees. Immutable but for those counters, and thread-safe.
 */
final class DecisionPlan {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionPlan.class);
    static final DecisionPlan NONE = new DecisionPlan(Map.of(), -1, 0, Map.of(), Set.of());

    private final Map<String, Integer> inputSlots;
    private final int asOfSlot;
    private final int slots;
    private final Map<String, CompiledDecision> decisions;
    private final Set<String> reserved;
    private final Map<String, LongAdder> fallbacks = new LinkedHashMap<>();

    DecisionPlan(Map<String, Integer> inputSlots, int asOfSlot, int slots, Map<String, CompiledDecision> decisions,
                 Set<String> reserved) {
        this.inputSlots = Map.copyOf(inputSlots);
        this.asOfSlot = asOfSlot;
        this.slots = slots;
        this.decisions = Map.copyOf(decisions);
        this.reserved = Set.copyOf(reserved);
        decisions.keySet().stream().sorted().forEach(name -> fallbacks.put(name, new LongAdder()));
    }

    /** How many evaluations each compiled decision has left to Kie so far. */
    Map<String, Long> fallbacks() {
        var counts = new LinkedHashMap<String, Long>();
        fallbacks.forEach((decision, count) -> counts.put(decision, count.sum()));
        return counts;
    }

    private DmnEvaluation fallBack(String decision, String why) {
        fallbacks.get(decision).increment();
        LOG.debug("the compiled plan of DMN decision '{}' left an evaluation to Kie: {}", decision, why);
        return null;
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
                return fallBack(decision, "input '" + name + "' is named after one of the model's elements");
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
            return fallBack(decision, e == Fallback.INSTANCE ? "a value the plan does not evaluate itself"
                    : e.toString());
        }
        return run.evaluation();
    }
}
