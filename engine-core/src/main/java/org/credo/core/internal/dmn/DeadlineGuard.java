package org.credo.core.internal.dmn;

import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.EvaluatorResult;
import org.kie.dmn.api.core.event.DMNRuntimeEventManager;
import org.kie.dmn.core.api.DMNExpressionEvaluator;
import org.kie.dmn.core.ast.BusinessKnowledgeModelNodeImpl;
import org.kie.dmn.core.ast.DMNFunctionDefinitionEvaluator;
import org.kie.dmn.core.ast.DecisionNodeImpl;
import org.kie.dmn.core.ast.EvaluatorResultImpl;

/**
 * Stands before the logic of every decision and every business knowledge model body Kie evaluates and refuses to start
 * it once the evaluation on this thread has passed its deadline ({@link TraceListener#deadlinePassed()}): it answers a
 * failure instead, which Kie turns into a failed decision or a null invocation result. A recursive or fanning-out
 * model thus unwinds within a few steps of its deadline. (Kie's event listeners cannot do this: Kie catches and logs
 * whatever a listener throws.)
 */
final class DeadlineGuard implements DMNExpressionEvaluator {
    private static final EvaluatorResult REFUSED = new EvaluatorResultImpl(null, EvaluatorResult.ResultType.FAILURE);

    private final DMNExpressionEvaluator logic;
    private final TraceListener trace;

    private DeadlineGuard(DMNExpressionEvaluator logic, TraceListener trace) {
        this.logic = logic;
        this.trace = trace;
    }

    /** Guards every decision and business knowledge model body of a compiled model. */
    static void install(DMNModel model, TraceListener trace) {
        model.getDecisions().forEach(node -> {
            if (node instanceof DecisionNodeImpl decision && decision.getEvaluator() != null) {
                decision.setEvaluator(new DeadlineGuard(decision.getEvaluator(), trace));
            }
        });
        model.getBusinessKnowledgeModels().forEach(node -> {
            if (node instanceof BusinessKnowledgeModelNodeImpl bkm
                    && bkm.getEvaluator() instanceof DMNFunctionDefinitionEvaluator function
                    && function.getEvaluator() != null) {
                function.setEvaluator(new DeadlineGuard(function.getEvaluator(), trace));
            }
        });
    }

    @Override
    public EvaluatorResult evaluate(DMNRuntimeEventManager events, DMNResult result) {
        return trace.deadlinePassed() ? REFUSED : logic.evaluate(events, result);
    }
}
