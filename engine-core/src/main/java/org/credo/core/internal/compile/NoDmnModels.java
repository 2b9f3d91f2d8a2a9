package org.credo.core.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.Deadline;
import org.credo.core.EvaluationException;
import org.credo.core.RuleDescriptor;
import org.credo.core.internal.dmn.DmnEvaluation;
import org.credo.core.internal.dmn.DmnModels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The DMN side of a bundle that holds no DMN file. */
enum NoDmnModels implements DmnModels {
    INSTANCE;

    @Override
    public Set<String> modelNames() {
        return Set.of();
    }

    @Override
    public String fileOf(String model) {
        return null;
    }

    @Override
    public DmnEvaluation evaluate(String model, String decision, Map<String, Object> inputs, LocalDate asOf,
                                  Deadline deadline) {
        throw unknown(model);
    }

    @Override
    public DmnEvaluation evaluateService(String model, String service, Map<String, Object> inputs) {
        throw unknown(model);
    }

    @Override
    public Map<String, Object> decodeInputs(String model, JsonNode inputs) {
        throw unknown(model);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of();
    }

    private static EvaluationException unknown(String model) {
        return new EvaluationException(EvaluationException.UNKNOWN_DECISION,
                "the rule set holds no DMN model named " + model, List.of());
    }
}
