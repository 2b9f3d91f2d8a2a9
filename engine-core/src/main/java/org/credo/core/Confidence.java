package org.credo.core;

/** How firm the legal basis of a rule is, as the rule set declares it. */
public enum Confidence {
    /** Confirmed from the rule's own text. */
    CONFIRMED,
    /** Taken from a secondary source: news, Q&amp;A, translations. */
    SECONDARY,
    /** Not confirmed by any source. */
    UNCONFIRMED
}
