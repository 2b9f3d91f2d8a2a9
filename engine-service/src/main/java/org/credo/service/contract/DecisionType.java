package org.credo.service.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The decision types of the contract, each named as its endpoint, its audit records and its rule-set decision name
 * it; in the order the console lists them. A generic model evaluation is recorded as {@code model:<name>}.
 */
public enum DecisionType {
    INSPECTION("inspection"),
    CREDIT_CLASSIFICATION("credit-classification"),
    FX_REGISTRATION("fx-registration"),
    FX_INDIVIDUAL_SETTLEMENT("fx-individual-settlement"),
    FX_ADVANCE_PAYMENT("fx-advance-payment"),
    RETAIL_IMPORT("retail-import"),
    RETAIL_EXPORT_TAX("retail-export-tax"),
    CREDIT_MEASURES("credit-measures"),
    FX_ELECTRONIC_SETTLEMENT("fx-electronic-settlement"),
    FX_LOAN_CONVERSION("fx-loan-conversion");

    /** How the recorded type of a generic model evaluation begins. */
    public static final String MODEL_PREFIX = "model:";
    /** The family every generic model evaluation counts in. */
    public static final String MODEL_FAMILY = "model";

    private final String id;

    DecisionType(String id) {
        this.id = id;
    }

    /** The type as recorded and as the rule set names its decision. */
    public String id() {
        return id;
    }

    /** The contract's type recorded as {@code id}, if it is one. */
    public static Optional<DecisionType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** Every type's id, in the order of the constants. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DecisionType::id).toList();
    }

    /** A recorded type for counting: every generic model evaluation counts as the one family {@code model}. */
    public static String family(String recordedType) {
        return recordedType.startsWith(MODEL_PREFIX) ? MODEL_FAMILY : recordedType;
    }
}
