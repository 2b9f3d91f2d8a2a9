package org.credo.core.internal.dmn;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.Deadline;
import org.credo.core.RuleDescriptor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The compiled DMN models of one rule set. Immutable and thread-safe. */
public interface DmnModels {

    Set<String> modelNames();

    /** The bundle path of the file that defines a model. */
    String fileOf(String model);

    /**
     * Evaluates one decision of a model (with what it depends on), or every decision when {@code decision} is null.
     * When {@code asOf} is given and the model declares an input data named {@code asOf} that the inputs lack, it
     * is passed as that input.
     */
    default DmnEvaluation evaluate(String model, String decision, Map<String, Object> inputs, LocalDate asOf) {
        return evaluate(model, decision, inputs, asOf, Deadline.NONE);
    }

    /**
     * As {@link #evaluate(String, String, Map, LocalDate)}, stopped when it runs past {@code deadline}.
     *
     * @throws org.credo.core.EvaluationException {@code DEADLINE_EXCEEDED} when it ran past the deadline
     */
    DmnEvaluation evaluate(String model, String decision, Map<String, Object> inputs, LocalDate asOf,
                           Deadline deadline);

    /**
     * Evaluates a decision service of a model with the inputs it takes (input data and input decisions).
     *
     * @throws org.credo.core.EvaluationException when the model or the service is unknown
     */
    DmnEvaluation evaluateService(String model, String service, Map<String, Object> inputs);

    /** Decodes JSON inputs into FEEL values, directed by the model's input data types. */
    Map<String, Object> decodeInputs(String model, JsonNode inputs);

    /**
     * The decisions of a model that engine-core compiled into plain Java ({@link DecisionPlan}); Kie evaluates the
     * others, and any evaluation a plan leaves to it.
     */
    default Set<String> compiledDecisions(String model) {
        return Set.of();
    }

    /**
     * For every compiled decision, as {@code model/decision}, how many evaluations its plan has left to Kie so far.
     */
    default Map<String, Long> planFallbacks() {
        return Map.of();
    }

    /** Every decision-table rule, with its annotations read as a rule basis. */
    List<RuleDescriptor> rules();
}
