package org.credo.core.internal.drl;

import org.credo.core.Confidence;
import org.credo.core.RuleBasis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a DRL rule's metadata ({@code @ruleId("…") @legalBasis("…") @confidence("SECONDARY")
 * @validFrom("2021-11-01") @validTo("2026-03-31") @provisional("true") @descriptionZh("…") @legalBasisZh("…")}) as a
 * {@link RuleBasis}, naming every
 * value it cannot read and every required value missing.
 *
 * @param basis    what could be read; unreadable values are {@code null}
 * @param missing  the required keys absent: ruleId, legalBasis, confidence, validFrom
 * @param invalid  one message per value present but unreadable
 */
record DrlRuleMetadata(RuleBasis basis, List<String> missing, List<String> invalid) {
    /** Drools files {@code @description} under the name of Kie's own annotation. */
    private static final String KIE_DESCRIPTION = "org.kie.api.definition.type.Description";

    public DrlRuleMetadata {
        missing = List.copyOf(missing);
        invalid = List.copyOf(invalid);
    }

    public static DrlRuleMetadata read(Map<String, Object> metaData) {
        var missing = new ArrayList<String>();
        var invalid = new ArrayList<String>();
        String ruleId = text(metaData, "ruleId");
        String legalBasis = text(metaData, "legalBasis");
        Confidence confidence = confidence(text(metaData, "confidence"), invalid);
        LocalDate validFrom = date(metaData, "validFrom", invalid);
        LocalDate validTo = date(metaData, "validTo", invalid);
        boolean provisional = provisional(text(metaData, "provisional"), invalid);
        for (String required : List.of("ruleId", "legalBasis", "confidence", "validFrom")) {
            if (text(metaData, required) == null) {
                missing.add(required);
            }
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            invalid.add("validTo " + validTo + " lies before validFrom " + validFrom);
        }
        String description = text(metaData, "description") != null
                ? text(metaData, "description") : text(metaData, KIE_DESCRIPTION);
        var basis = new RuleBasis(ruleId, description, legalBasis, confidence, validFrom, validTo,
                provisional, text(metaData, "descriptionZh"), text(metaData, "legalBasisZh"));
        return new DrlRuleMetadata(basis, missing, invalid);
    }

    private static String text(Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    private static Confidence confidence(String text, List<String> invalid) {
        if (text == null) {
            return null;
        }
        try {
            return Confidence.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            invalid.add("confidence \"" + text + "\" is none of CONFIRMED, SECONDARY, UNCONFIRMED");
            return null;
        }
    }

    private static LocalDate date(Map<String, Object> metaData, String key, List<String> invalid) {
        String text = text(metaData, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            invalid.add(key + " \"" + text + "\" is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static boolean provisional(String text, List<String> invalid) {
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        invalid.add("provisional \"" + text + "\" is neither true nor false");
        return false;
    }
}
