package org.credo.service.console;

import java.util.List;

/** The decision types the service records, as the console lists and groups them. */
final class DecisionTypes {
    static final String INSPECTION = "inspection";
    static final String CREDIT = "credit-classification";
    static final String MODELS = "model";
    /** The contract's decision types, in the order the console lists them. */
    static final List<String> ALL = List.of(INSPECTION, CREDIT, "fx-registration", "fx-individual-settlement",
            "fx-advance-payment", "retail-import", "retail-export-tax", "credit-measures", "fx-electronic-settlement",
            "fx-loan-conversion");

    private DecisionTypes() {
    }

    /** A type for counting: every generic model evaluation ({@code model:<name>}) counts as one family. */
    static String family(String type) {
        return type.startsWith(MODELS + ":") ? MODELS : type;
    }
}
