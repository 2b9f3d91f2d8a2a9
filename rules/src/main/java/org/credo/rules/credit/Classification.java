package org.credo.rules.credit;

/** The enterprise's credit class on asOf. */
public record Classification(CreditClass creditClass) {

    /** Whether the class is a dishonest one (DISHONEST or SERIOUSLY_DISHONEST). */
    public boolean isDishonest() {
        return creditClass == CreditClass.DISHONEST || creditClass == CreditClass.SERIOUSLY_DISHONEST;
    }
}
