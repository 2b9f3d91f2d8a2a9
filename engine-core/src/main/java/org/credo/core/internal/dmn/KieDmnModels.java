package org.credo.core.internal.dmn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.Deadline;
import org.credo.core.EvaluationException;
import org.credo.core.EvaluationMessage;
import org.credo.core.RuleDescriptor;
import org.credo.core.internal.json.FeelJsonDecoder;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.DMNType;

/**
 * {@link DmnModels} over one Kie {@link DMNRuntime} built at compile time. A named decision that compiled into a
 * {@link DecisionPlan} is evaluated by the plan, which gives Kie's results and trace without Kie's per-evaluation
 * machinery; whatever the plan leaves (other decisions, whole-model and decision-service evaluations, any evaluation
 * that meets an unexpected value) Kie evaluates. Immutable and thread-safe.
 */
final class KieDmnModels implements DmnModels {
    private static final String AS_OF = "asOf";

    private final DMNRuntime runtime;
    private final TraceListener trace;
    private final Map<String, CompiledModel> models;
    private final List<RuleDescriptor> rules;

    KieDmnModels(DMNRuntime runtime, TraceListener trace, Map<String, CompiledModel> models) {
        this.runtime = runtime;
        this.trace = trace;
        var inFileOrder = new LinkedHashMap<String, CompiledModel>();
        models.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, CompiledModel> e) -> String.valueOf(e.getValue().file()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> inFileOrder.put(e.getKey(), e.getValue()));
        this.models = Collections.unmodifiableMap(inFileOrder);
        this.rules = inFileOrder.values().stream().flatMap(m -> m.tables().rules().stream()).toList();
    }

    @Override
    public Set<String> modelNames() {
        return models.keySet();
    }

    @Override
    public String fileOf(String model) {
        return model(model).file();
    }

    @Override
    public DmnEvaluation evaluate(String model, String decision, Map<String, Object> inputs, LocalDate asOf,
                                  Deadline deadline) {
        CompiledModel compiled = model(model);
        if (decision != null && compiled.kie().getDecisionByName(decision) == null) {
            throw new EvaluationException(EvaluationException.UNKNOWN_DECISION,
                    "model '" + model + "' has no decision '" + decision + "'", List.of());
        }
        LocalDate passedAsOf = asOf != null && compiled.declaresAsOf() && !inputs.containsKey(AS_OF) ? asOf : null;
        if (decision != null) {
            DmnEvaluation planned = compiled.plan().evaluate(decision, inputs, passedAsOf);
            if (planned != null) {
                return planned;
            }
        }
        DMNContext context = context(inputs);
        if (passedAsOf != null) {
            context.set(AS_OF, passedAsOf);
        }
        try (TraceListener.Collector collector = trace.begin(deadline)) {
            DMNResult result = decision == null ? runtime.evaluateAll(compiled.kie(), context)
                    : runtime.evaluateByName(compiled.kie(), context, decision);
            if (collector.stopped()) {
                throw deadline.exceeded(decision == null ? "model " + model : "decision " + decision);
            }
            return evaluation(result, collector);
        }
    }

    @Override
    public DmnEvaluation evaluateService(String model, String service, Map<String, Object> inputs) {
        CompiledModel compiled = model(model);
        if (compiled.kie().getDecisionServices().stream().noneMatch(s -> s.getName().equals(service))) {
            throw new EvaluationException(EvaluationException.UNKNOWN_DECISION,
                    "model '" + model + "' has no decision service '" + service + "'", List.of());
        }
        try (TraceListener.Collector collector = trace.begin(Deadline.NONE)) {
            return evaluation(runtime.evaluateDecisionService(compiled.kie(), context(inputs), service), collector);
        }
    }

    @Override
    public Map<String, Object> decodeInputs(String model, JsonNode inputs) {
        CompiledModel compiled = model(model);
        if (inputs == null || inputs.isNull() || inputs.isMissingNode()) {
            return Map.of();
        }
        if (!inputs.isObject()) {
            throw new EvaluationException(EvaluationException.INVALID_INPUT,
                    "inputs must be a JSON object, not " + inputs.getNodeType(), List.of());
        }
        var decoded = new LinkedHashMap<String, Object>();
        inputs.fields().forEachRemaining(field -> {
            DMNType type = compiled.inputTypes().get(field.getKey());
            decoded.put(field.getKey(), FeelJsonDecoder.decode(field.getValue(), type, field.getKey()));
        });
        return decoded;
    }

    @Override
    public Set<String> compiledDecisions(String model) {
        return model(model).plan().decisions();
    }

    @Override
    public Map<String, Long> planFallbacks() {
        var counts = new TreeMap<String, Long>();
        for (String model : modelNames()) {
            model(model).plan().fallbacks().forEach((decision, count) -> counts.put(model + "/" + decision, count));
        }
        return counts;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return rules;
    }

    private CompiledModel model(String name) {
        CompiledModel model = name == null ? null : models.get(name);
        if (model == null) {
            throw new EvaluationException(EvaluationException.UNKNOWN_DECISION, "no DMN model named '" + name + "'",
                    List.of());
        }
        return model;
    }

    private DMNContext context(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        return context;
    }

    private static DmnEvaluation evaluation(DMNResult result, TraceListener.Collector collector) {
        var results = new LinkedHashMap<String, Object>();
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            if (decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.NOT_EVALUATED) {
                results.put(decision.getDecisionName(), decision.getResult());
            }
        }
        var messages = new ArrayList<EvaluationMessage>();
        for (DMNMessage message : result.getMessages()) {
            messages.add(new EvaluationMessage(DmnSeverities.of(message.getSeverity()), message.getSourceId(),
                    message.getText()));
        }
        return new DmnEvaluation(results, collector.steps(), messages);
    }

    /**
     * One compiled model.
     *
     * @param inputTypes  declared types of its input data (and of its decisions, which decision services take
     *                    as inputs), by name
     * @param declaresAsOf whether it has an input data named {@code asOf}
     * @param plan         its decisions compiled into plain Java where they could be; the rest Kie evaluates
     */
    record CompiledModel(String file, DMNModel kie, DecisionTables tables, Map<String, DMNType> inputTypes,
                         boolean declaresAsOf, DecisionPlan plan) {
    }
}
