package org.credo.core;

import java.time.LocalDate;

/**
 * What a rule set declares about one rule: DRL rule metadata ({@code @ruleId("…")} …) or the annotation columns of a
 * DMN decision-table rule ({@code ruleId}, {@code description}, {@code legalBasis}, {@code confidence},
 * {@code validFrom}, {@code validTo}, {@code provisional}, {@code descriptionZh}, {@code legalBasisZh}). See
 * {@code docs/authoring.md}.
 *
 * @param validFrom     first day the rule is in force, or {@code null} for open
 * @param validTo       last day the rule is in force (inclusive), or {@code null} for open
 * @param provisional   whether the rule stands in for a text not yet confirmed and must be marked so in every trace
 * @param descriptionZh the description in Chinese, or {@code null} when the rule set gives none
 * @param legalBasisZh  the legal basis in Chinese (the regulation's own wording where available), or {@code null}
 */
public record RuleBasis(String ruleId, String description, String legalBasis, Confidence confidence,
                        LocalDate validFrom, LocalDate validTo, boolean provisional, String descriptionZh,
                        String legalBasisZh) {

    /** Whether the rule is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
