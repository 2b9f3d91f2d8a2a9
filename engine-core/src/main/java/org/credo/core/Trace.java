package org.credo.core;

import java.util.List;

/**
 * The complete, serialisable explanation of one evaluation, in evaluation order.
 *
 * @param decisions  every DMN decision evaluated, each with its result and the table rules it matched
 * @param firedRules every DRL rule fired, in firing order
 */
public record Trace(List<DecisionStep> decisions, List<FiredRule> firedRules) {

    public Trace {
        decisions = List.copyOf(decisions);
        firedRules = List.copyOf(firedRules);
    }

    /** The rule bases that determined the outcome: every matched table rule and fired DRL rule, in order. */
    public List<RuleBasis> reasons() {
        var reasons = new java.util.ArrayList<RuleBasis>();
        decisions.forEach(d -> d.matchedRules().forEach(m -> reasons.add(m.basis())));
        firedRules.forEach(f -> reasons.add(f.basis()));
        return List.copyOf(reasons);
    }

    /** Whether any rule involved is provisional. */
    public boolean provisional() {
        return reasons().stream().anyMatch(RuleBasis::provisional);
    }
}
