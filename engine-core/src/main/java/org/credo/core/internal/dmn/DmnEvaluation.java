package org.credo.core.internal.dmn;

import org.credo.core.DecisionStep;
import org.credo.core.EvaluationMessage;

import java.util.List;
import java.util.Map;

/** What one DMN evaluation gave: results by decision name, the decisions evaluated in order, and messages. */
public record DmnEvaluation(Map<String, Object> results, List<DecisionStep> steps, List<EvaluationMessage> messages) {
}
