package org.credo.rules.credit;

/** The credit regime in force on asOf: {@code GACC-237}, {@code GACC-251} or {@code GACC-282}. */
public record Regime(String id) {
}
