package org.credo.service.decision;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.EvaluationException;
import org.credo.core.RuleSet;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.AuditStoreException;
import org.credo.service.problem.ApiException;
import org.credo.service.ruleset.ActiveRuleSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides and records {@link DecisionContext}s: takes the active rule set once per request, evaluates, stores the
 * audit records and only then answers. The one place that decides what a retry is answered: a context with an
 * idempotency key already stored (or in flight) answers that record, and with the caller's own key only if it is of
 * the same request.
 */
@ApplicationScoped
public class DecisionService {
    private final ActiveRuleSet activeRuleSet;
    private final Evaluator evaluator;
    private final DecisionRecorder recorder;
    private final AuditStore store;
    private final Map<String, CompletableFuture<AuditRecord>> inFlight = new ConcurrentHashMap<>();

    public DecisionService(ActiveRuleSet activeRuleSet, Evaluator evaluator, DecisionRecorder recorder,
                           AuditStore store) {
        this.activeRuleSet = activeRuleSet;
        this.evaluator = evaluator;
        this.recorder = recorder;
        this.store = store;
    }

    /** Decides and records one decision; a retry answers its stored record. */
    public AuditRecord decide(DecisionContext context) {
        return decideAll(List.of(context)).get(0);
    }

    /** Decides with the active rule set without recording: what a read that must not write may answer. */
    public Evaluation evaluate(DecisionContext context) {
        return evaluator.evaluate(activeRuleSet.current(), context);
    }

    /**
     * Decisions in order, decided with one rule set and recorded together. A decision whose idempotency key is
     * stored answers its stored record (the audit writer finds it by the key and stores nothing new); a key repeated
     * in the list, or in flight in another request, is decided once. A retry the active rules can no longer decide
     * (say its date lost its regime) still answers its record. With the caller's {@code Idempotency-Key}, a record
     * stored with another type or other inputs is a 422 instead ({@link DecisionContext#answeredBy}).
     */
    public List<AuditRecord> decideAll(List<DecisionContext> contexts) {
        RuleSet ruleSet = activeRuleSet.current();
        var results = new AuditRecord[contexts.size()];
        var claimed = new HashMap<String, CompletableFuture<AuditRecord>>();
        var waiting = new HashMap<Integer, CompletableFuture<AuditRecord>>();
        var firstIndex = new HashMap<String, Integer>();
        var toDecide = new ArrayList<Integer>();
        try {
            for (int i = 0; i < contexts.size(); i++) {
                String key = contexts.get(i).idempotencyKey();
                if (key == null) {
                    toDecide.add(i);
                    continue;
                }
                if (firstIndex.putIfAbsent(key, i) != null) {
                    continue;
                }
                var mine = new CompletableFuture<AuditRecord>();
                CompletableFuture<AuditRecord> other = inFlight.putIfAbsent(key, mine);
                if (other != null) {
                    waiting.put(i, other);
                    continue;
                }
                claimed.put(key, mine);
                toDecide.add(i);
            }
            var evaluations = new ArrayList<Evaluation>();
            var evaluated = new ArrayList<Integer>();
            for (int i : toDecide) {
                try {
                    evaluations.add(evaluator.evaluate(ruleSet, contexts.get(i)));
                    evaluated.add(i);
                } catch (ApiException | EvaluationException e) {
                    results[i] = storedOrThrow(contexts.get(i), e);
                }
            }
            List<AuditRecord> recorded = recorder.recordAll(evaluations);
            for (int n = 0; n < evaluated.size(); n++) {
                results[evaluated.get(n)] = recorded.get(n);
            }
            for (AuditRecord result : results) {
                if (result != null && result.idempotencyKey() != null) {
                    claimed.getOrDefault(result.idempotencyKey(), new CompletableFuture<>()).complete(result);
                }
            }
        } catch (RuntimeException e) {
            claimed.values().forEach(f -> f.completeExceptionally(e));
            throw e;
        } finally {
            claimed.forEach(inFlight::remove);
        }
        waiting.forEach((i, future) -> results[i] = join(future));
        for (int i = 0; i < results.length; i++) {
            DecisionContext context = contexts.get(i);
            if (results[i] == null) {
                results[i] = results[firstIndex.get(context.idempotencyKey())];
            }
            results[i] = context.answeredBy(results[i]);
        }
        return List.of(results);
    }

    /**
     * The record a retry that cannot be decided again was answered with; without a key, or when none is stored, the
     * failure. When the store cannot be read either (the database is down), the original failure is answered, not
     * the lookup's.
     */
    private AuditRecord storedOrThrow(DecisionContext context, RuntimeException failure) {
        if (context.idempotencyKey() == null) {
            throw failure;
        }
        try {
            return store.byIdempotencyKey(context.idempotencyKey()).orElseThrow(() -> failure);
        } catch (AuditStoreException unreadable) {
            failure.addSuppressed(unreadable);
            throw failure;
        }
    }

    private static AuditRecord join(CompletableFuture<AuditRecord> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
