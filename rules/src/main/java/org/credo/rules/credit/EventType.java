package org.credo.rules.credit;

/** The kinds of credit event the contract names. */
public enum EventType {
    SMUGGLING_CRIMINAL,
    SMUGGLING_ADMIN_PENALTY,
    VIOLATION_ADMIN_PENALTY,
    TAX_UNPAID,
    FINE_UNPAID,
    OBSTRUCTION_PENALTY,
    BRIBERY,
    SOLID_WASTE_ADMIN_PENALTY,
    FOOD_COSMETICS_CRIMINAL,
    SOLID_WASTE_SMUGGLING_CRIMINAL;

    /**
     * Whether the event is an administrative penalty for breaking customs supervision rules, which criterion 3 counts:
     * a violation penalty, and a penalty for illegally importing solid waste (imposed by customs on an import).
     */
    public boolean isCustomsViolationPenalty() {
        return this == VIOLATION_ADMIN_PENALTY || this == SOLID_WASTE_ADMIN_PENALTY;
    }
}
