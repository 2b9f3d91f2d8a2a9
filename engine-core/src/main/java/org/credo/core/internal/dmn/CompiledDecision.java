package org.credo.core.internal.dmn;

import java.util.List;

import org.credo.core.MatchedRule;

/**
 * A decision compiled for {@link DecisionPlan}. Evaluates as Kie's runtime does: the decisions it requires first, in
 * the order Kie visits them, its input data checked against their types, then its own logic, its result coerced and
 * checked against its type.
 */
final class CompiledDecision {
    /** A decision's own logic: a decision table, a literal expression or a context. */
    @FunctionalInterface
    interface Logic {
        Object evaluate(Object[] frame, PlanRun run);
    }

    private final String model;
    private final String name;
    private final int slot;
    private final CompiledDecision[] required;
    private final int[] inputSlots;
    private final TypeCheck[] inputTypes;
    private final TypeCheck resultType;
    private Logic logic;

    CompiledDecision(String model, String name, int slot, List<CompiledDecision> required, int[] inputSlots,
                     TypeCheck[] inputTypes, TypeCheck resultType) {
        this.model = model;
        this.name = name;
        this.slot = slot;
        this.required = required.toArray(CompiledDecision[]::new);
        this.inputSlots = inputSlots;
        this.inputTypes = inputTypes;
        this.resultType = resultType;
    }

    int slot() {
        return slot;
    }

    void logic(Logic logic) {
        this.logic = logic;
    }

    void evaluate(PlanRun run) {
        Object[] frame = run.frame;
        if (frame[slot] != null) {
            return;
        }
        for (CompiledDecision decision : required) {
            decision.evaluate(run);
        }
        for (int i = 0; i < inputSlots.length; i++) {
            if (frame[inputSlots[i]] == null) {
                throw Fallback.fallback();
            }
            inputTypes[i].require(frame[inputSlots[i]]);
        }
        List<MatchedRule> enclosing = run.begin();
        Object value = resultType.require(logic.evaluate(frame, run));
        frame[slot] = value;
        run.end(enclosing, model, name, value);
    }
}
