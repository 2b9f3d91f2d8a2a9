package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A decision's outcome in one word, for counting and searching: the credit class, the selection, the treatment, or
 * the first yes/no output that says what was decided; {@code unreadable} for a record whose stored body cannot be read.
 * The store keeps it in the record's {@code outcome} column and in the daily roll-up.
 */
public final class OutcomeLabels {
    /** The longest label stored; a longer one (a credit class of a rule set gone wrong) is cut. */
    static final int MAX_LENGTH = 200;
    private static final List<String> DECIDING_FLAGS = List.of("registrationRequired", "documentsRequired",
            "allowed", "vatExempt");

    private OutcomeLabels() {
    }

    public static String of(AuditRecord record) {
        if (!record.readable()) {
            return "unreadable";
        }
        String label = of(record.outputs());
        return label.length() > MAX_LENGTH ? label.substring(0, MAX_LENGTH) : label;
    }

    private static String of(JsonNode outputs) {
        if (outputs.has("selected")) {
            return outputs.path("selected").asBoolean() ? "selected" : "not-selected";
        }
        for (String field : List.of("creditClass", "treatment")) {
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
