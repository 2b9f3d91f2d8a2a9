package org.credo.core.internal.dmn;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.credo.core.Confidence;
import org.credo.core.RuleBasis;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.RuleAnnotation;
import org.kie.dmn.model.api.RuleAnnotationClause;

/**
 * Reads a decision-table rule's annotation columns as its {@link RuleBasis}. The columns are found by name:
 * {@code ruleId}, {@code description}, {@code legalBasis}, {@code confidence}, {@code validFrom}, {@code validTo},
 * {@code provisional}, {@code descriptionZh}, {@code legalBasisZh}; a cell holds plain text or a quoted FEEL string,
 * and an empty cell sets nothing.
 */
final class RuleAnnotations {
    private RuleAnnotations() {
    }

    /** The rule's basis; each malformed value is reported to {@code malformed} and left unset. */
    static RuleBasis basis(DecisionTable table, DecisionRule rule, Consumer<String> malformed) {
        List<? extends RuleAnnotationClause> columns = table.getAnnotation();
        List<? extends RuleAnnotation> cells = rule.getAnnotationEntry();
        String ruleId = null;
        String description = null;
        String legalBasis = null;
        Confidence confidence = null;
        LocalDate validFrom = null;
        LocalDate validTo = null;
        boolean provisional = false;
        String descriptionZh = null;
        String legalBasisZh = null;
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            String column = columns.get(i).getName();
            String text = cellText(cells.get(i).getText());
            if (column == null || text == null) {
                continue;
            }
            switch (column.strip()) {
                case "ruleId" -> ruleId = text;
                case "description" -> description = text;
                case "legalBasis" -> legalBasis = text;
                case "confidence" -> confidence = confidence(text, malformed);
                case "validFrom" -> validFrom = date(column, text, malformed);
                case "validTo" -> validTo = date(column, text, malformed);
                case "provisional" -> provisional = provisional(text, malformed);
                case "descriptionZh" -> descriptionZh = text;
                case "legalBasisZh" -> legalBasisZh = text;
                default -> {
                    // other annotation columns are free commentary
                }
            }
        }
        return new RuleBasis(ruleId, description, legalBasis, confidence, validFrom, validTo, provisional,
                descriptionZh, legalBasisZh);
    }

    /** The cell's text: trimmed, a quoted FEEL string unquoted, empty (or {@code null}, {@code -}) as null. */
    static String cellText(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\").strip();
        }
        return text.isEmpty() || text.equals("-") || text.equals("null") ? null : text;
    }

    private static Confidence confidence(String text, Consumer<String> malformed) {
        try {
            return Confidence.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            malformed.accept("confidence '" + text + "' is none of CONFIRMED, SECONDARY, UNCONFIRMED");
            return null;
        }
    }

    private static LocalDate date(String column, String text, Consumer<String> malformed) {
        String date = text.startsWith("date(") && text.endsWith(")")
                ? cellText(text.substring(5, text.length() - 1)) : text;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            malformed.accept(column + " '" + text + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static boolean provisional(String text, Consumer<String> malformed) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        malformed.accept("provisional '" + text + "' is neither true nor false");
        return false;
    }
}
