package org.credo.core.internal.dmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credo.core.DecisionStep;
import org.credo.core.MatchedRule;

/**
 * One compiled evaluation in progress: the frame of values, and the trace as Kie's listener would record it: the
 * decisions in the order they finish, each with the table rules selected while it was evaluated.
 */
final class PlanRun {
    final Object[] frame;
    private final List<DecisionStep> steps = new ArrayList<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private List<MatchedRule> matched;

    PlanRun(Object[] frame) {
        this.frame = frame;
    }

    /** Opens a decision's list of matched rules; returns the enclosing one, to give back to {@link #end}. */
    List<MatchedRule> begin() {
        List<MatchedRule> enclosing = matched;
        matched = new ArrayList<>(2);
        return enclosing;
    }

    void matched(MatchedRule rule) {
        if (matched == null) {
            throw Fallback.fallback();
        }
        matched.add(rule);
    }

    void end(List<MatchedRule> enclosing, String model, String decision, Object value) {
        steps.add(new DecisionStep(model, decision, "SUCCEEDED", value, matched));
        results.put(decision, value);
        matched = enclosing;
    }

    DmnEvaluation evaluation() {
        return new DmnEvaluation(results, steps, List.of());
    }
}
