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
    /** Serious list: criminal liability under the import/export food or cosmetics rules (lists a dishonest one). */
    FOOD_COSMETICS_CRIME(true, true),
    /** Serious list: criminal liability for smuggling solid waste (also criterion 1). */
    SOLID_WASTE_SMUGGLING_CRIME(true, false),
    /** Serious list: penalty for illegal solid-waste import above the threshold (lists a dishonest one). */
    SOLID_WASTE_PENALTY(true, true);

    private final boolean serious;
    private final boolean listingOnly;

    Ground(boolean serious) {
        this(serious, false);
    }

    Ground(boolean serious, boolean listingOnly) {
        this.serious = serious;
        this.listingOnly = listingOnly;
    }

    /**
     * Whether this ground only lists an enterprise that is dishonest on another ground (Order 251:
     * "失信企业存在下列情形的 … 列入严重失信主体名单"), without making it dishonest by itself.
     */
    public boolean isListingOnly() {
        return listingOnly;
    }

    /** Whether this ground puts the enterprise on the seriously-dishonest list. */
    public boolean isSerious() {
        return serious;
    }
}
