package org.credo.core.internal.dmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.credo.core.Deadline;
import org.credo.core.DecisionStep;
import org.credo.core.MatchedRule;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.BeforeEvaluateDecisionEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.impl.DMNResultImpl;

/**
 * Registered once on the runtime; records the decisions and table rules of the evaluation running on the current
 * thread, if one is being traced. Table rules are attributed to the decision being evaluated, including those of
 * business knowledge models it invokes.
 */
final class TraceListener implements DMNRuntimeEventListener {
    private final ThreadLocal<Collector> current = new ThreadLocal<>();
    private final Map<String, DecisionTables> tablesByModel;

    TraceListener(Map<String, DecisionTables> tablesByModel) {
        this.tablesByModel = tablesByModel;
    }

    /** Starts tracing the current thread's evaluation, due by {@code deadline}; close the collector when it ends. */
    Collector begin(Deadline deadline) {
        var collector = new Collector(deadline);
        current.set(collector);
        return collector;
    }

    /**
     * Whether the evaluation on this thread has passed its deadline; remembers it when so ({@link Collector#stopped}).
     * For {@link DeadlineGuard}.
     */
    boolean deadlinePassed() {
        Collector collector = current.get();
        if (collector == null || !collector.deadline.passed()) {
            return false;
        }
        collector.stopped = true;
        return true;
    }

    @Override
    public void beforeEvaluateDecision(BeforeEvaluateDecisionEvent event) {
        Collector collector = current.get();
        if (collector != null) {
            collector.open.push(new ArrayList<>());
        }
    }

    @Override
    public void afterEvaluateDecision(AfterEvaluateDecisionEvent event) {
        Collector collector = current.get();
        if (collector == null) {
            return;
        }
        List<MatchedRule> matched = collector.open.isEmpty() ? List.of() : collector.open.pop();
        var node = event.getDecision();
        DMNDecisionResult result = event.getResult().getDecisionResultById(node.getId());
        collector.steps.add(new DecisionStep(node.getModelName(), node.getName(),
                result == null ? "SKIPPED" : result.getEvaluationStatus().name(),
                result == null ? null : result.getResult(), matched));
    }

    @Override
    public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
        Collector collector = current.get();
        if (collector == null || collector.open.isEmpty()) {
            return;
        }
        DecisionTables.Table table = findTable(event);
        String name = table != null ? table.name() : event.getNodeName();
        List<MatchedRule> matched = collector.open.peek();
        for (Integer rule : event.getSelected()) {
            matched.add(new MatchedRule(name, rule, table == null ? DecisionTables.NO_BASIS : table.basis(rule)));
        }
    }

    private DecisionTables.Table findTable(AfterEvaluateDecisionTableEvent event) {
        DecisionTables own = tablesByModel.get(modelOf(event));
        DecisionTables.Table table = own == null ? null : own.find(event.getDecisionTableId(), event.getNodeName());
        if (table != null) {
            return table;
        }
        for (DecisionTables tables : tablesByModel.values()) {
            table = tables.find(event.getDecisionTableId(), null);
            if (table != null) {
                return table;
            }
        }
        return null;
    }

    private static String modelOf(AfterEvaluateDecisionTableEvent event) {
        var results = event.getResult();
        return results instanceof DMNResultImpl impl && impl.getModel() != null
                ? impl.getModel().getName() : null;
    }

    /** The trace of one evaluation; close it to stop tracing the thread. */
    final class Collector implements AutoCloseable {
        private final List<DecisionStep> steps = new ArrayList<>();
        private final Deque<List<MatchedRule>> open = new ArrayDeque<>();
        private final Deadline deadline;
        private boolean stopped;

        private Collector(Deadline deadline) {
            this.deadline = deadline;
        }

        /** Whether a {@link DeadlineGuard} stopped the evaluation at its deadline: its results are not to be used. */
        boolean stopped() {
            return stopped;
        }

        List<DecisionStep> steps() {
            return List.copyOf(steps);
        }

        @Override
        public void close() {
            current.remove();
        }
    }
}
