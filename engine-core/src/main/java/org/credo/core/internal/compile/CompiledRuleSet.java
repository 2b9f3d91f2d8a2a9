package org.credo.core.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.Bundle;
import org.credo.core.Deadline;
import org.credo.core.EvaluationException;
import org.credo.core.FactBinding;
import org.credo.core.FeelJsonCodec;
import org.credo.core.Manifest;
import org.credo.core.Manifest.DecisionDefinition;
import org.credo.core.Outcome;
import org.credo.core.Problem;
import org.credo.core.RuleDescriptor;
import org.credo.core.RuleSet;
import org.credo.core.ScenarioReport;
import org.credo.core.Severity;
import org.credo.core.Trace;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.credo.core.internal.dmn.DmnModels;
import org.credo.core.internal.drl.DrlRules;
import org.credo.core.internal.scenario.ScenarioFile;
import org.credo.core.internal.scenario.ScenarioRunner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule set a bundle compiles into. Immutable (it only remembers outcomes it decided); every collaborator it holds
 * is thread-safe.
 */
final class CompiledRuleSet implements RuleSet {
    private final Bundle bundle;
    private final Manifest manifest;
    private final List<Problem> warnings;
    private final DrlRules drl;
    private final DmnModels dmn;
    private final Map<String, FactBinding> bindings;
    private final List<ScenarioFile> scenarios;
    private final List<RuleDescriptor> rules;
    private final OutcomeMemo ruleOutcomes;

    CompiledRuleSet(Bundle bundle, Manifest manifest, List<Problem> warnings, DrlRules drl, DmnModels dmn,
                    Map<String, FactBinding> bindings, List<ScenarioFile> scenarios, OutcomeMemo ruleOutcomes) {
        this.bundle = bundle;
        this.manifest = manifest;
        this.warnings = List.copyOf(warnings);
        this.drl = drl;
        this.dmn = dmn;
        this.bindings = Map.copyOf(bindings);
        this.scenarios = List.copyOf(scenarios);
        this.ruleOutcomes = ruleOutcomes;
        var all = new ArrayList<>(drl.descriptors());
        all.addAll(dmn.rules());
        all.sort(Comparator.comparing(RuleDescriptor::file, Comparator.nullsLast(Comparator.naturalOrder())));
        this.rules = List.copyOf(all);
    }

    @Override
    public String version() {
        return bundle.versionId();
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public Bundle bundle() {
        return bundle;
    }

    @Override
    public List<Problem> warnings() {
        return warnings;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return rules;
    }

    @Override
    public Set<String> decisions() {
        return Collections.unmodifiableSet(new TreeSet<>(manifest.decisions().keySet()));
    }

    @Override
    public Set<String> models() {
        return Collections.unmodifiableSet(new TreeSet<>(dmn.modelNames()));
    }

    @Override
    public Outcome decide(String decision, Map<String, Object> inputs, LocalDate asOf, Deadline deadline) {
        DecisionDefinition definition = definition(decision);
        if (asOf == null) {
            throw new EvaluationException(EvaluationException.INVALID_INPUT, "a decision needs an asOf date",
                    List.of());
        }
        return definition.isDmn()
                ? decideByModel(decision, definition, inputs, asOf, deadline)
                : decideByRules(decision, definition, inputs, asOf, deadline);
    }

    private Outcome decideByModel(String decision, DecisionDefinition definition, Map<String, Object> inputs,
                                  LocalDate asOf, Deadline deadline) {
        DmnEvaluation evaluation = dmn.evaluate(definition.model(), definition.decision(), inputs, asOf, deadline);
        var errors = evaluation.messages().stream().filter(m -> m.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new EvaluationException(EvaluationException.EVALUATION_FAILED,
                    "decision " + decision + " failed: " + errors.get(0).message(), evaluation.messages());
        }
        if (!(evaluation.results().get(definition.decision()) instanceof Map<?, ?> context)) {
            throw new EvaluationException(EvaluationException.EVALUATION_FAILED, "decision " + decision
                    + ": the result of " + definition.decision() + " is not a context", evaluation.messages());
        }
        var outputs = new LinkedHashMap<String, Object>();
        context.forEach((name, value) -> outputs.put(String.valueOf(name), value));
        return new Outcome(decision, version(), asOf, outputs, new Trace(evaluation.steps(), List.of()),
                evaluation.messages());
    }

    private Outcome decideByRules(String decision, DecisionDefinition definition, Map<String, Object> inputs,
                                  LocalDate asOf, Deadline deadline) {
        return ruleOutcomes.outcome(decision, inputs, asOf, () -> {
            DrlRules.Firing firing = drl.fire(bindings.get(definition.binding()), inputs, asOf, deadline);
            return new Outcome(decision, version(), asOf, firing.outputs(),
                    new Trace(List.of(), firing.firedRules()), List.of());
        });
    }

    @Override
    public Outcome evaluateModel(String model, Map<String, Object> inputs, Deadline deadline) {
        requireModel(model);
        DmnEvaluation evaluation = dmn.evaluate(model, null, inputs, null, deadline);
        return new Outcome(model, version(), null, evaluation.results(), new Trace(evaluation.steps(), List.of()),
                evaluation.messages());
    }

    @Override
    public Map<String, Object> decodeInputs(String decisionOrModel, JsonNode inputs) {
        DecisionDefinition definition = manifest.decisions().get(decisionOrModel);
        if (definition != null && definition.isDmn()) {
            return dmn.decodeInputs(definition.model(), inputs);
        }
        if (definition == null) {
            requireModel(decisionOrModel);
            return dmn.decodeInputs(decisionOrModel, inputs);
        }
        if (inputs == null || !inputs.isObject()) {
            throw new EvaluationException(EvaluationException.INVALID_INPUT,
                    "the inputs of " + decisionOrModel + " are a JSON object", List.of());
        }
        var decoded = new LinkedHashMap<String, Object>();
        inputs.fields().forEachRemaining(
                field -> decoded.put(field.getKey(), FeelJsonCodec.fromJson(field.getValue())));
        return decoded;
    }

    @Override
    public ScenarioReport runScenarios(Duration decisionLimit) {
        return ScenarioRunner.run(this, scenarios, decisionLimit);
    }

    @Override
    public Map<String, Long> planFallbacks() {
        return dmn.planFallbacks();
    }

    private DecisionDefinition definition(String decision) {
        DecisionDefinition definition = manifest.decisions().get(decision);
        if (definition == null) {
            throw new EvaluationException(EvaluationException.UNKNOWN_DECISION,
                    "the rule set has no decision named " + decision, List.of());
        }
        return definition;
    }

    private void requireModel(String model) {
        if (!dmn.modelNames().contains(model)) {
            throw new EvaluationException(EvaluationException.UNKNOWN_DECISION,
                    "the rule set has no decision or DMN model named " + model, List.of());
        }
    }
}
