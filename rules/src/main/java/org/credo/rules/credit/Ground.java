package org.credo.rules.credit;

/** Why an enterprise is dishonest: a dishonest criterion, or a path onto the seriously-dishonest list. */
public enum Ground {
    /** Criterion 1: smuggling crime with criminal liability pursued. */
    SMUGGLING_CRIME(false),
    /** Criterion 2: smuggling act punished by an administrative penalty. */
    SMUGGLING_PENALTY(false),
    /** Criterion 3: customs-violation penalties within a year above the thresholds. */
    VIOLATION_PENALTIES(false),
    /** Criterion 4: taxes unpaid more than 3 months after the due date. */
    TAX_ARREARS(false),
    /** Criterion 5: fines or confiscations unpaid more than 6 months after the due date. */
    FINE_ARREARS(false),
    /** Criterion 6: resisting or obstructing customs officers, penalised. */
    OBSTRUCTION(false),
    /** Criterion 7: bribing customs officers. */
    BRIBERY(false),
    /** Serious list: criminal liability under the import/export food or cosmetics rules. */
    FOOD_COSMETICS_CRIME(true),
    /** Serious list: criminal liability for smuggling solid waste. */
    SOLID_WASTE_SMUGGLING_CRIME(true),
    /** Serious list: administrative penalty for illegal solid-waste import above the threshold. */
    SOLID_WASTE_PENALTY(true);

    private final boolean serious;

    Ground(boolean serious) {
        this.serious = serious;
    }

    /** Whether this ground puts the enterprise on the seriously-dishonest list. */
    public boolean isSerious() {
        return serious;
    }
}
