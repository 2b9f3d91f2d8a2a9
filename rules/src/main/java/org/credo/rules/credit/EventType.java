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
    SOLID_WASTE_SMUGGLING_CRIMINAL
}
