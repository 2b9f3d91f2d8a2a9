package org.credo.rules.credit;

/** The credit classes of all regimes; each regime uses its own subset. */
public enum CreditClass {
    ADVANCED_CERTIFIED,
    GENERAL_CERTIFIED,
    GENERAL_CREDIT,
    CERTIFIED,
    REGULAR,
    DISHONEST,
    SERIOUSLY_DISHONEST
}
