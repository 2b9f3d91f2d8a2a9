package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * The language in which an answer names each rule's description and legal basis: Chinese when the caller's
 * {@code Accept-Language} prefers {@code zh} to {@code en}, English otherwise (no header, another language, a
 * malformed header). Records store both languages ({@code description}, {@code legalBasis},
 * {@code descriptionZh}, {@code legalBasisZh}); an answer keeps the contract's field names and fills them in the
 * chosen language, falling back to English for a rule that has no Chinese text.
 */
public enum RuleLanguage {
    ENGLISH,
    CHINESE;

    /** The HTTP header the choice is read from. */
    public static final String HEADER = "Accept-Language";
    private static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.CHINESE);

    /** The language for an {@code Accept-Language} header value (which may be null). */
    public static RuleLanguage of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return best != null && best.getLanguage().equals("zh") ? CHINESE : ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The stored reasons as the caller reads them: {ruleId, description, legalBasis, confidence[, provisional]}. */
    public ArrayNode reasons(JsonNode stored) {
        ArrayNode reasons = JsonNodeFactory.instance.arrayNode();
        for (JsonNode reason : stored) {
            ObjectNode answered = reason.deepCopy();
            answered.remove(List.of("descriptionZh", "legalBasisZh"));
            if (this == CHINESE) {
                chinese(reason, "description", answered);
                chinese(reason, "legalBasis", answered);
            }
            reasons.add(answered);
        }
        return reasons;
    }

    private static void chinese(JsonNode stored, String field, ObjectNode answered) {
        JsonNode text = stored.path(field + "Zh");
        if (text.isTextual() && !text.asText().isBlank()) {
            answered.set(field, text);
        }
    }
}
