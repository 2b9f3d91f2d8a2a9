package org.credo.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of one evaluation.
 *
 * @param decision       the decision (or model) evaluated
 * @param rulesetVersion the version id of the rule set that decided
 * @param asOf           the day whose rules were applied
 * @param outputs        the outputs by name, as FEEL values ({@link java.math.BigDecimal}, {@link LocalDate}, …),
 *                       read-only at every depth; encode them with {@link FeelJsonCodec}
 * @param trace          the complete explanation
 * @param messages       messages raised during evaluation
 */
public record Outcome(String decision, String rulesetVersion, LocalDate asOf, Map<String, Object> outputs,
                      Trace trace, List<EvaluationMessage> messages) {

    public Outcome {
        outputs = FrozenValues.map(outputs);
        messages = List.copyOf(messages);
    }

    /** Whether any message is an error. */
    public boolean hasErrors() {
        return messages.stream().anyMatch(m -> m.severity() == Severity.ERROR);
    }
}
