package org.credo.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, compiled, content-addressed rule set. Thread-safe: evaluate from as many threads as you like.
 * Evaluating never compiles.
 */
public interface RuleSet {

    /** SHA-256 (64 lower-case hex digits) over the bundle's normalised content; see {@link Bundle#versionId()}. */
    String version();

    Manifest manifest();

    Bundle bundle();

    /** Non-error problems found while compiling (warnings, infos). */
    List<Problem> warnings();

    /** Every rule, DRL and DMN, with its declared metadata, in file order. */
    List<RuleDescriptor> rules();

    /** The decision names the manifest declares. */
    Set<String> decisions();

    /** The DMN model names in the bundle. */
    Set<String> models();

    /**
     * Decides a named decision with the rules in force on {@code asOf}. A rule-based (DRL) decision's outcome is
     * remembered for equal inputs on the same day and answered again, the very same {@link Outcome}: the rule set
     * never changes, so that is exact.
     *
     * @param inputs FEEL values by input name (see {@link #decodeInputs})
     * @throws EvaluationException when the decision is unknown or cannot be evaluated
     */
    default Outcome decide(String decision, Map<String, Object> inputs, LocalDate asOf) {
        return decide(decision, inputs, asOf, Deadline.NONE);
    }

    /**
     * As {@link #decide(String, Map, LocalDate)}, stopped when it runs past {@code deadline}.
     *
     * @throws EvaluationException {@link EvaluationException#DEADLINE_EXCEEDED} when it ran past the deadline
     */
    Outcome decide(String decision, Map<String, Object> inputs, LocalDate asOf, Deadline deadline);

    /**
     * Evaluates every decision of a DMN model, as the generic model endpoint does. Errors become messages and
     * null results, as the DMN specification has it.
     *
     * @throws EvaluationException when no model has that name
     */
    default Outcome evaluateModel(String model, Map<String, Object> inputs) {
        return evaluateModel(model, inputs, Deadline.NONE);
    }

    /**
     * As {@link #evaluateModel(String, Map)}, stopped when it runs past {@code deadline}.
     *
     * @throws EvaluationException {@link EvaluationException#DEADLINE_EXCEEDED} when it ran past the deadline
     */
    Outcome evaluateModel(String model, Map<String, Object> inputs, Deadline deadline);

    /**
     * Decodes JSON inputs for a decision or model into FEEL values, directed by the input types the model declares
     * (so {@code "2025-06-30"} becomes a date where a date is expected).
     *
     * @param decisionOrModel a decision name from {@link #decisions()} or a model name from {@link #models()}
     */
    Map<String, Object> decodeInputs(String decisionOrModel, JsonNode inputs);

    /** Runs the bundle's test scenarios. */
    default ScenarioReport runScenarios() {
        return runScenarios(null);
    }

    /**
     * Runs the bundle's test scenarios, each decision with a deadline of {@code decisionLimit} (null: none); a
     * decision that runs past it fails its scenario.
     */
    ScenarioReport runScenarios(Duration decisionLimit);

    /**
     * For every DMN decision engine-core compiled into a plan, as {@code model/decision}: how many evaluations the
     * plan has left to Kie since the rule set was compiled (each gives the same answer, only slower).
     */
    Map<String, Long> planFallbacks();
}
