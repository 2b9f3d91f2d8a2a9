package org.credo.core;

import java.util.List;

/**
 * One DMN decision evaluated.
 *
 * @param model        the DMN model name
 * @param decision     the decision name
 * @param status       {@code SUCCEEDED}, {@code FAILED} or {@code SKIPPED}, as Kie DMN reports it
 * @param result       the decision's result as a FEEL value ({@link java.math.BigDecimal}, {@link java.time.LocalDate},
 *                     …), read-only at every depth; encode it with {@link FeelJsonCodec}
 * @param matchedRules the decision-table rules selected for the result (empty for other expressions)
 */
public record DecisionStep(String model, String decision, String status, Object result,
                           List<MatchedRule> matchedRules) {

    public DecisionStep {
        result = FrozenValues.value(result);
        matchedRules = List.copyOf(matchedRules);
    }
}
