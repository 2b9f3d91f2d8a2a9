package org.credo.service.decision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What deciding a {@link DecisionContext} produced, before it is recorded.
 *
 * @param context        the decision as it was asked, unchanged
 * @param rulesetVersion the rule-set version that decided
 * @param outputs        the outputs, as answered
 * @param reasons        the rules that determined it: ruleId, description, legalBasis, confidence
 * @param trace          every evaluation step with its full engine trace
 * @param credit         the credit class the decision classified the enterprise in first from its reference data
 *                       (an inspection, credit measures of the registry's class), recorded with that data; or null
 */
public record Evaluation(DecisionContext context, String rulesetVersion, ObjectNode outputs, ArrayNode reasons,
                         ArrayNode trace, ObjectNode credit) {
}
