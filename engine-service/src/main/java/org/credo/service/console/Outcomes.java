package org.credo.service.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.service.audit.AuditRecord;

import java.util.List;

/**
 * A decision's outcome in one word, for counting and searching: the credit class, the selection, the treatment, or
 * the first yes/no output that says what was decided; {@code unreadable} for a record whose stored body cannot be read.
 */
final class Outcomes {
    private static final List<String> DECIDING_FLAGS = List.of("registrationRequired", "documentsRequired",
            "allowed", "vatExempt");

    private Outcomes() {
    }

    static String of(AuditRecord record) {
        if (!record.readable()) {
            return "unreadable";
        }
        JsonNode outputs = record.outputs();
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
