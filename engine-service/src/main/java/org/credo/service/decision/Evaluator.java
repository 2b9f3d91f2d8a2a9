package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.Deadline;
import org.credo.core.FeelJsonCodec;
import org.credo.core.KeyedSampler;
import org.credo.core.Outcome;
import org.credo.core.RuleBasis;
import org.credo.core.RuleSet;
import org.credo.service.config.EvaluationConfig;
import org.credo.service.contract.DecisionType;
import org.credo.service.problem.ApiException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates a {@link DecisionContext} with a given rule set, the same way for a first decision and for its replay.
 * Knows how each decision type turns inputs (and recorded reference data) into outputs; records nothing.
 */
@ApplicationScoped
public class Evaluator {
    /** The suffix of the rule set's decision that says whether a decision's inputs can exist at all. */
    static final String ADMISSIBILITY_SUFFIX = "-input-admissible";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Sampling sampling;
    private final Duration deadline;

    public Evaluator(ObjectMapper mapper, Sampling sampling, EvaluationConfig config) {
        this.mapper = mapper;
        this.sampling = sampling;
        this.deadline = config.deadline();
    }

    /**
     * Decides a context with {@code ruleSet}, the same way for a first decision and for its replay. Every evaluation
     * here is stopped at the configured deadline ({@code credo.evaluation.deadline}) with
     * {@link org.credo.core.EvaluationException#DEADLINE_EXCEEDED}.
     */
    public Evaluation evaluate(RuleSet ruleSet, DecisionContext context) {
        if (context.model() != null) {
            return model(ruleSet, context);
        }
        if (context.type() == DecisionType.INSPECTION) {
            return inspection(ruleSet, context);
        }
        if (context.type() == DecisionType.CREDIT_MEASURES && context.referenceData().creditInputs() != null) {
            return creditMeasures(ruleSet, context);
        }
        return plain(ruleSet, context);
    }

    /** A decision on its inputs alone (the credit classification's inputs may come from the registry). */
    private Evaluation plain(RuleSet ruleSet, DecisionContext context) {
        var steps = JSON.arrayNode();
        var reasons = JSON.arrayNode();
        Deadline due = Deadline.after(deadline);
        String type = context.type().id();
        requireAdmissible(ruleSet, type, context.inputs(), context.asOf(), steps, due);
        ObjectNode outputs = decide(ruleSet, type, context.inputs(), context.asOf(), steps, reasons, due);
        if (context.type() == DecisionType.CREDIT_CLASSIFICATION) {
            requireRegime(outputs, "asOf", context.asOf());
        }
        return new Evaluation(context, ruleSet.version(), outputs, reasons, steps, null);
    }

    /**
     * The inspection decision: classify the enterprise from the recorded registry facts (the credit inputs built from
     * them), decide the rate, then select with the keyed sampler of the recorded key id.
     */
    private Evaluation inspection(RuleSet ruleSet, DecisionContext context) {
        LocalDate asOf = context.asOf();
        JsonNode request = context.inputs();
        ReferenceData referenceData = context.referenceData();
        Deadline due = Deadline.after(deadline);
        var steps = JSON.arrayNode();
        var reasons = JSON.arrayNode();
        if (referenceData.registry() == null || !referenceData.registry().path("known").asBoolean()) {
            reasons.add(reason("CREDO-REGISTRY-UNKNOWN", "enterprise " + context.enterpriseId()
                    + " is not in the registry: classified with no recorded facts, which gives the regular class",
                    "no credit facts recorded in the enterprise registry", "CONFIRMED"));
        }
        ObjectNode credit = decide(ruleSet, DecisionType.CREDIT_CLASSIFICATION.id(), creditInputs(referenceData),
                asOf, steps, reasons, due);
        requireRegime(credit, "declarationDate", asOf);
        ObjectNode declaration = JSON.objectNode();
        declaration.set("customsMode", request.path("customsMode"));
        declaration.set("direction", request.path("direction"));
        requireAdmissible(ruleSet, DecisionType.INSPECTION.id(), declaration, asOf, steps, due);
        String creditClass = credit.path("creditClass").asText();

        ObjectNode inspectionInputs = JSON.objectNode();
        inspectionInputs.put("creditClass", creditClass);
        inspectionInputs.set("customsMode", request.path("customsMode"));
        inspectionInputs.set("direction", request.path("direction"));
        inspectionInputs.set("hsCode", request.path("hsCode"));
        inspectionInputs.set("declaredValueCny", request.path("declaredValueCny"));
        inspectionInputs.put("asOf", asOf.toString());
        ObjectNode inspection = decide(ruleSet, DecisionType.INSPECTION.id(), inspectionInputs, asOf, steps, reasons,
                due);

        ReferenceData.Selection selection = referenceData.sampling();
        KeyedSampler sampler = sampling.sampler(selection.keyId());
        BigDecimal rate = inspection.path("inspectionRate").decimalValue();
        var outputs = JSON.objectNode();
        outputs.put("declarationId", selection.subject());
        outputs.put("creditClass", creditClass);
        outputs.setAll(inspection);
        outputs.put("selected", sampler.selects(selection.subject(), rate));
        var samplingNode = outputs.putObject("sampling");
        samplingNode.put("method", Sampling.METHOD);
        samplingNode.put("keyId", sampler.keyId());
        return new Evaluation(context, ruleSet.version(), outputs, reasons, steps, credit);
    }

    /**
     * Credit measures for the class the registry's facts give on a day: the credit classification first (recorded
     * with those facts, as for an inspection), then the measures of that class.
     */
    private Evaluation creditMeasures(RuleSet ruleSet, DecisionContext context) {
        LocalDate asOf = context.asOf();
        Deadline due = Deadline.after(deadline);
        var steps = JSON.arrayNode();
        var reasons = JSON.arrayNode();
        ObjectNode credit = decide(ruleSet, DecisionType.CREDIT_CLASSIFICATION.id(),
                creditInputs(context.referenceData()), asOf, steps, reasons, due);
        requireRegime(credit, "asOf", asOf);
        ObjectNode inputs = JSON.objectNode();
        inputs.set("creditClass", credit.path("creditClass"));
        inputs.put("asOf", asOf.toString());
        requireAdmissible(ruleSet, DecisionType.CREDIT_MEASURES.id(), inputs, asOf, steps, due);
        ObjectNode outputs = decide(ruleSet, DecisionType.CREDIT_MEASURES.id(), inputs, asOf, steps, reasons, due);
        return new Evaluation(context, ruleSet.version(), outputs, reasons, steps, credit);
    }

    /** Every decision of a DMN model, as the generic model endpoint evaluates it. */
    private Evaluation model(RuleSet ruleSet, DecisionContext context) {
        String model = context.model();
        if (!ruleSet.models().contains(model)) {
            throw ApiException.notFound("no DMN model named '" + model + "' in the active rule set");
        }
        Outcome outcome = ruleSet.evaluateModel(model, ruleSet.decodeInputs(model, context.inputs()),
                Deadline.after(deadline));
        var steps = JSON.arrayNode();
        var reasons = JSON.arrayNode();
        steps.add(step(model, outcome));
        outcome.trace().reasons().forEach(basis -> reasons.add(reason(basis)));
        var outputs = JSON.objectNode();
        outputs.set("results", encode(outcome.outputs()));
        outputs.set("messages", mapper.valueToTree(outcome.messages()));
        return new Evaluation(context, ruleSet.version(), outputs, reasons, steps, null);
    }

    /** The recorded credit inputs; a record that has none classifies on nothing, as it did when decided. */
    private static JsonNode creditInputs(ReferenceData referenceData) {
        return referenceData.creditInputs() == null ? MissingNode.getInstance() : referenceData.creditInputs();
    }

    private ObjectNode decide(RuleSet ruleSet, String decision, JsonNode inputs, LocalDate asOf, ArrayNode steps,
                              ArrayNode reasons, Deadline due) {
        Outcome outcome = ruleSet.decide(decision, ruleSet.decodeInputs(decision, inputs), asOf, due);
        steps.add(step(decision, outcome));
        outcome.trace().reasons().forEach(basis -> reasons.add(reason(basis)));
        return encode(outcome.outputs());
    }

    /**
     * When the rule set declares {@code <decision>-input-admissible}, decides it before the decision itself (for an
     * inspection, after the credit regime check): inputs it finds impossible (a mode that did not exist on the day, an
     * export under an import-only mode, a missing rate) are a 422 naming the field, the reason and the rule with its
     * legal basis. Admissible inputs leave the check in the trace.
     */
    private void requireAdmissible(RuleSet ruleSet, String decision, JsonNode inputs, LocalDate asOf,
                                   ArrayNode steps, Deadline due) {
        String check = decision + ADMISSIBILITY_SUFFIX;
        if (!ruleSet.decisions().contains(check)) {
            return;
        }
        Outcome outcome = ruleSet.decide(check, ruleSet.decodeInputs(check, inputs), asOf, due);
        if (Boolean.FALSE.equals(outcome.outputs().get("admissible"))) {
            String rules = outcome.trace().reasons().stream()
                    .map(basis -> basis.ruleId() + ": " + basis.legalBasis())
                    .collect(Collectors.joining("; ", " (", ")"));
            throw ApiException.inadmissible(String.valueOf(outcome.outputs().get("field")),
                    outcome.outputs().get("reason") + rules);
        }
        steps.add(step(check, outcome));
    }

    /** A day before every credit regime of the rule set has no class: bad input, naming the date field. */
    private static void requireRegime(ObjectNode credit, String dateField, LocalDate day) {
        if (credit.path("regime").isNull()) {
            throw ApiException.invalid(dateField, "no customs credit regime of the active rule set is in force on "
                    + day);
        }
    }

    private ObjectNode step(String decision, Outcome outcome) {
        var step = JSON.objectNode();
        step.put("decision", decision);
        step.put("asOf", outcome.asOf() == null ? null : outcome.asOf().toString());
        step.set("trace", mapper.valueToTree(outcome.trace()));
        step.set("messages", mapper.valueToTree(outcome.messages()));
        return step;
    }

    private static ObjectNode encode(Map<String, Object> values) {
        var node = JSON.objectNode();
        values.forEach((name, value) -> node.set(name, FeelJsonCodec.toJson(value)));
        return node;
    }

    private static ObjectNode reason(RuleBasis basis) {
        ObjectNode reason = reason(basis.ruleId(), basis.description(), basis.legalBasis(),
                basis.confidence() == null ? null : basis.confidence().name());
        if (basis.provisional()) {
            reason.put("provisional", true);
        }
        if (basis.descriptionZh() != null) {
            reason.put("descriptionZh", basis.descriptionZh());
        }
        if (basis.legalBasisZh() != null) {
            reason.put("legalBasisZh", basis.legalBasisZh());
        }
        return reason;
    }

    private static ObjectNode reason(String ruleId, String description, String legalBasis, String confidence) {
        var reason = JSON.objectNode();
        reason.put("ruleId", ruleId);
        reason.put("description", description);
        reason.put("legalBasis", legalBasis);
        reason.put("confidence", confidence);
        return reason;
    }
}
