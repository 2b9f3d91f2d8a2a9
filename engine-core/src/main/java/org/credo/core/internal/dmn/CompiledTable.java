package org.credo.core.internal.dmn;

import java.util.HashMap;
import java.util.List;

import org.credo.core.MatchedRule;

/**
 * A decision table compiled for {@link DecisionPlan}: input expressions, the input values each must satisfy, each rule's
 * tests, and each rule's outputs, which are literals checked against their output types once at compile time. UNIQUE
 * and FIRST hit policies; any input a test cannot judge, no match, or a second match under UNIQUE leaves the
 * evaluation to Kie.
 */
final class CompiledTable {
    private final Expr[] inputs;
    private final SimpleTests.Test[] inputValues;
    private final SimpleTests.Test[][] rules;
    private final Object[][] outputs;
    private final String[] outputNames;
    private final MatchedRule[] matched;
    private final boolean first;

    CompiledTable(Expr[] inputs, SimpleTests.Test[] inputValues, SimpleTests.Test[][] rules, Object[][] outputs,
                  String[] outputNames, List<MatchedRule> matched, boolean first) {
        this.inputs = inputs;
        this.inputValues = inputValues;
        this.rules = rules;
        this.outputs = outputs;
        this.outputNames = outputNames;
        this.matched = matched.toArray(MatchedRule[]::new);
        this.first = first;
    }

    Object evaluate(Object[] frame, PlanRun run) {
        Object[] values = new Object[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            Object value = inputs[i].eval(frame, run);
            if (value == null || inputValues[i] != null && !inputValues[i].test(value)) {
                throw Fallback.fallback();
            }
            values[i] = value;
        }
        int hit = -1;
        for (int r = 0; r < rules.length; r++) {
            if (matches(rules[r], values)) {
                if (first) {
                    hit = r;
                    break;
                }
                if (hit >= 0) {
                    throw Fallback.fallback();
                }
                hit = r;
            }
        }
        if (hit < 0) {
            throw Fallback.fallback();
        }
        run.matched(matched[hit]);
        return output(outputs[hit]);
    }

    private static boolean matches(SimpleTests.Test[] tests, Object[] values) {
        for (int i = 0; i < tests.length; i++) {
            if (!tests[i].test(values[i])) {
                return false;
            }
        }
        return true;
    }

    private Object output(Object[] values) {
        if (values.length == 1) {
            return values[0];
        }
        var context = new HashMap<String, Object>();
        for (int i = 0; i < values.length; i++) {
            context.put(outputNames[i], values[i]);
        }
        return context;
    }
}
