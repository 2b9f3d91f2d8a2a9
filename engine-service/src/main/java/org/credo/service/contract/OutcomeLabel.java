package org.credo.service.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A decision's outcome in one word, the one label the metrics, the simulation and the console give it: the
 * selection, the credit class, the treatment, or the first yes/no output that says what was decided.
 */
public final class OutcomeLabel {
    private static final List<String> NAMED_OUTCOMES = List.of("creditClass", "treatment");
    private static final List<String> DECIDING_FLAGS = List.of("registrationRequired", "documentsRequired",
            "allowed", "vatExempt");

    private OutcomeLabel() {
    }

    /** The label of a decision's answered outputs; {@code decided} when none of them names an outcome. */
    public static String of(JsonNode outputs) {
        if (outputs.has("selected")) {
            return outputs.path("selected").asBoolean() ? "selected" : "not-selected";
        }
        for (String field : NAMED_OUTCOMES) {
            if (outputs.hasNonNull(field)) {
                return outputs.path(field).asText();
            }
        }
        for (String flag : DECIDING_FLAGS) {
            if (outputs.path(flag).isBoolean()) {
                return flag + "=" + outputs.path(flag).asBoolean();
            }
        }
        return "decided";
    }
}
