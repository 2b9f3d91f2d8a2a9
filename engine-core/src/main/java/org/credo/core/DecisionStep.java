package org.credo.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One DMN decision evaluated.
 *
 * @param model        the DMN model name
 * @param decision     the decision name
 * @param status       {@code SUCCEEDED}, {@code FAILED} or {@code SKIPPED}, as Kie DMN reports it
 * @param result       the decision's result, encoded with {@link FeelJsonCodec}
 * @param matchedRules the decision-table rules selected for the result (empty for other expressions)
 */
public record DecisionStep(String model, String decision, String status, JsonNode result,
                           List<MatchedRule> matchedRules) {

    public DecisionStep {
        result = result == null ? null : result.deepCopy();
        matchedRules = List.copyOf(matchedRules);
    }

    /** The decision's result: a copy, so that one step may be shared (the outcome memo) and never changed. */
    @Override
    public JsonNode result() {
        return result == null ? null : result.deepCopy();
    }
}
