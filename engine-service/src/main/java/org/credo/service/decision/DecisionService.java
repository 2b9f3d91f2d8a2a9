package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.EvaluationException;
import org.credo.core.RuleSet;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStore;
import org.credo.service.audit.AuditStoreException;
import org.credo.service.contract.CreditMeasuresRequest;
import org.credo.service.contract.DecisionType;
import org.credo.service.contract.FxElectronicSettlementRequest;
import org.credo.service.contract.FxLoanConversionRequest;
import org.credo.service.contract.InspectionRequest;
import org.credo.service.problem.ApiException;
import org.credo.service.registry.RegistryFacts;
import org.credo.service.ruleset.ActiveRuleSet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides and records: takes the active rule set once per request, evaluates, stores the audit record and only then
 * answers. Inspection retries (the same declaration id) answer the stored outcome.
 */
@ApplicationScoped
public class DecisionService {
    private final ActiveRuleSet activeRuleSet;
    private final Evaluator evaluator;
    private final DecisionRecorder recorder;
    private final RegistryFacts registry;
    private final AuditStore store;
    private final Sampling sampling;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, CompletableFuture<AuditRecord>> inspectionsInFlight = new ConcurrentHashMap<>();

    public DecisionService(ActiveRuleSet activeRuleSet, Evaluator evaluator, DecisionRecorder recorder,
                           RegistryFacts registry, AuditStore store, Sampling sampling, ObjectMapper mapper,
                           Clock clock) {
        this.activeRuleSet = activeRuleSet;
        this.evaluator = evaluator;
        this.recorder = recorder;
        this.registry = registry;
        this.store = store;
        this.sampling = sampling;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * A manifest decision from the caller's inputs; {@code asOf} is the request's own date or today. With a key, a
     * retry answers the record stored under it (a different request under the same key is a 422).
     */
    public AuditRecord decide(DecisionRecorder.Request request, DecisionType type, String enterpriseId, Object body,
                              LocalDate asOf, IdempotencyKey key) {
        JsonNode inputs = mapper.valueToTree(body);
        return record(request, evaluator.plain(activeRuleSet.current(), type, enterpriseId, inputs,
                asOf, JsonNodeFactory.instance.nullNode()), key);
    }

    /** The credit classification from the registry's facts as of a day, recorded with those facts. */
    public AuditRecord creditFromRegistry(DecisionRecorder.Request request, String enterpriseId, LocalDate asOf) {
        return recorder.record(request, creditFromRegistryUnrecorded(enterpriseId, asOf));
    }

    /** The same classification, evaluated but not recorded: what a read that must not write may answer. */
    public Evaluation creditFromRegistryUnrecorded(String enterpriseId, LocalDate asOf) {
        ObjectNode snapshot = registry.snapshot(enterpriseId, asOf);
        var referenceData = JsonNodeFactory.instance.objectNode();
        referenceData.set("registry", snapshot);
        return evaluator.plain(activeRuleSet.current(), DecisionType.CREDIT_CLASSIFICATION, enterpriseId,
                RegistryFacts.creditInputs(snapshot), asOf, referenceData);
    }

    /**
     * Credit measures on the request's day (or today): for the class the request gives, or else for the class the
     * registry's facts give, classified first and recorded with those facts (an enterprise the registry does not
     * know is a 404). With a key, as {@link #decide}.
     */
    public AuditRecord creditMeasures(DecisionRecorder.Request request, CreditMeasuresRequest body,
                                      IdempotencyKey key) {
        LocalDate asOf = body.asOf() == null ? LocalDate.now(clock) : body.asOf();
        if (body.creditClass() != null) {
            return decide(request, DecisionType.CREDIT_MEASURES, body.enterpriseId(),
                    new CreditMeasuresRequest(body.enterpriseId(), body.creditClass(), asOf), asOf, key);
        }
        ObjectNode snapshot = registry.snapshot(body.enterpriseId(), asOf);
        if (!snapshot.path("known").asBoolean()) {
            throw ApiException.notFound("enterprise " + body.enterpriseId()
                    + " is not in the registry: give its creditClass");
        }
        var referenceData = JsonNodeFactory.instance.objectNode();
        referenceData.set("registry", snapshot);
        referenceData.set("creditInputs", RegistryFacts.creditInputs(snapshot));
        ObjectNode inputs = JsonNodeFactory.instance.objectNode();
        inputs.put("enterpriseId", body.enterpriseId());
        inputs.put("asOf", asOf.toString());
        return record(request, evaluator.creditMeasures(activeRuleSet.current(), inputs, referenceData), key);
    }

    /** Settlement on electronic transaction information as of the settlement day; with a key, as {@link #decide}. */
    public AuditRecord fxElectronicSettlement(DecisionRecorder.Request request, FxElectronicSettlementRequest body,
                                              IdempotencyKey key) {
        return decide(request, DecisionType.FX_ELECTRONIC_SETTLEMENT, null, body, body.settlementDate(), key);
    }

    /** Domestic FX loan conversion, decided as of the conversion day; with a key, as {@link #decide}. */
    public AuditRecord fxLoanConversion(DecisionRecorder.Request request, FxLoanConversionRequest body,
                                        IdempotencyKey key) {
        return decide(request, DecisionType.FX_LOAN_CONVERSION, body.enterpriseId(), body, body.conversionDate(), key);
    }

    /** Any DMN model of the active rule set, every decision of it; with a key, as {@link #decide}. */
    public AuditRecord evaluateModel(DecisionRecorder.Request request, String model, JsonNode inputs,
                                     IdempotencyKey key) {
        return record(request, evaluator.model(activeRuleSet.current(), model, inputs, LocalDate.now(clock)), key);
    }

    private AuditRecord record(DecisionRecorder.Request request, Evaluation evaluation, IdempotencyKey key) {
        if (key == null) {
            return recorder.record(request, evaluation);
        }
        AuditRecord stored = recorder.record(request, evaluation.withIdempotencyKey(key.recordKey(
                request.principal())));
        return key.requireSameRequest(stored, evaluation.type(), evaluation.inputs());
    }

    /** One inspection; a retry of a declaration already decided answers its stored record. */
    public AuditRecord inspect(DecisionRecorder.Request request, InspectionRequest declaration) {
        return inspectAll(request, List.of(declaration), null).get(0);
    }

    /**
     * Inspections in order, decided with one rule set and recorded together. A declaration decided before answers
     * its stored record (the audit writer finds it by its idempotency key and stores nothing new); a declaration
     * repeated in the list, or in flight in another request, is decided once. The declaration id stays the key; with an
     * {@code Idempotency-Key} as well, a declaration stored with other inputs is a 422 instead of its stored record.
     */
    public List<AuditRecord> inspectAll(DecisionRecorder.Request request, List<InspectionRequest> declarations,
                                        IdempotencyKey requestKey) {
        RuleSet ruleSet = activeRuleSet.current();
        var results = new AuditRecord[declarations.size()];
        var claimed = new HashMap<String, CompletableFuture<AuditRecord>>();
        var waiting = new HashMap<Integer, CompletableFuture<AuditRecord>>();
        var firstIndex = new HashMap<String, Integer>();
        var toDecide = new ArrayList<Integer>();
        try {
            for (int i = 0; i < declarations.size(); i++) {
                String key = inspectionKey(declarations.get(i));
                if (firstIndex.putIfAbsent(key, i) != null) {
                    continue;
                }
                var mine = new CompletableFuture<AuditRecord>();
                CompletableFuture<AuditRecord> other = inspectionsInFlight.putIfAbsent(key, mine);
                if (other != null) {
                    waiting.put(i, other);
                    continue;
                }
                claimed.put(key, mine);
                toDecide.add(i);
            }
            var snapshots = new HashMap<String, ObjectNode>();
            var evaluations = new ArrayList<Evaluation>();
            var evaluated = new ArrayList<Integer>();
            for (int i : toDecide) {
                try {
                    evaluations.add(inspection(ruleSet, declarations.get(i), snapshots));
                    evaluated.add(i);
                } catch (ApiException | EvaluationException e) {
                    results[i] = storedOrThrow(declarations.get(i), e);
                }
            }
            List<AuditRecord> recorded = recorder.recordAll(request, evaluations);
            for (int n = 0; n < evaluated.size(); n++) {
                results[evaluated.get(n)] = recorded.get(n);
            }
            for (int i = 0; i < results.length; i++) {
                if (results[i] != null) {
                    claimed.getOrDefault(results[i].idempotencyKey(), new CompletableFuture<>()).complete(results[i]);
                }
            }
        } catch (RuntimeException e) {
            claimed.values().forEach(f -> f.completeExceptionally(e));
            throw e;
        } finally {
            claimed.forEach(inspectionsInFlight::remove);
        }
        waiting.forEach((i, future) -> results[i] = join(future));
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = results[firstIndex.get(inspectionKey(declarations.get(i)))];
            }
            if (requestKey != null) {
                requestKey.requireSameRequest(results[i], DecisionType.INSPECTION.id(),
                        mapper.valueToTree(declarations.get(i)));
            }
        }
        return List.of(results);
    }

    /**
     * A retry that the active rules can no longer decide (say its date lost its regime) still answers its record. When
     * the store cannot be read either (the database is down), the original failure is answered, not the lookup's.
     */
    private AuditRecord storedOrThrow(InspectionRequest declaration, RuntimeException failure) {
        try {
            return store.byIdempotencyKey(inspectionKey(declaration)).orElseThrow(() -> failure);
        } catch (AuditStoreException unreadable) {
            failure.addSuppressed(unreadable);
            throw failure;
        }
    }

    private Evaluation inspection(RuleSet ruleSet, InspectionRequest declaration, Map<String, ObjectNode> snapshots) {
        ObjectNode snapshot = snapshots.computeIfAbsent(declaration.enterpriseId() + "@"
                + declaration.declarationDate(), k -> registry.snapshot(declaration.enterpriseId(),
                declaration.declarationDate()));
        var referenceData = JsonNodeFactory.instance.objectNode();
        referenceData.set("registry", snapshot);
        referenceData.set("creditInputs", RegistryFacts.creditInputs(snapshot));
        var samplingNode = referenceData.putObject("sampling");
        samplingNode.put("method", Sampling.METHOD);
        samplingNode.put("keyId", sampling.current().keyId());
        samplingNode.put("subject", declaration.declarationId());
        return evaluator.inspection(ruleSet, mapper.valueToTree(declaration), referenceData);
    }

    /** What makes a retry of a declaration answer its stored inspection. */
    private static String inspectionKey(InspectionRequest declaration) {
        return DecisionType.INSPECTION.id() + ":" + declaration.declarationId();
    }

    private static AuditRecord join(CompletableFuture<AuditRecord> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
