package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a rule-set version declares about its rules, by rule id, and the two pure functions that let a decision record
 * refer to it instead of repeating it: {@link #compact} (before a record is stored) and {@link #resolve} (when a
 * stored record is shown). A record's rule-set version pins its rules, so a rule id names one declaration for ever.
 * In a compact body a rule's whole basis in the trace, when it is the version's, is its id alone ({@code {"ruleId"}});
 * a reason keeps its id, confidence and provisional mark and loses its descriptions and legal bases (English and
 * Chinese), when they are the version's. Every other text stays in the record: a rule id the version declares twice
 * with different bases, a reason the service makes up itself. {@code resolve(compact(body))} equals {@code body}, fields in the same order.
 *
 * @param bases the declared basis of every rule id that names one basis in the version, as the trace writes it
 *              ({@code ruleId}, {@code description}, {@code legalBasis}, {@code confidence}, {@code validFrom},
 *              {@code validTo}, {@code provisional}, {@code descriptionZh}, {@code legalBasisZh})
 */
public record RuleTexts(Map<String, ObjectNode> bases) {
    private static final String DESCRIPTION = "description";
    private static final String LEGAL_BASIS = "legalBasis";
    private static final String DESCRIPTION_ZH = "descriptionZh";
    private static final String LEGAL_BASIS_ZH = "legalBasisZh";
    /** The texts a reason leaves out when they are its version's. */
    private static final List<String> TEXTS = List.of(DESCRIPTION, LEGAL_BASIS, DESCRIPTION_ZH, LEGAL_BASIS_ZH);
    private static final String RULE_ID = "ruleId";
    private static final String REASONS = "reasons";
    private static final String TRACE = "trace";

    public RuleTexts {
        bases = Map.copyOf(bases);
    }

    /** The body with the rules of its reasons and trace referred to by id (a new tree; {@code body} is kept). */
    public ObjectNode compact(ObjectNode body) {
        return rewriteRules(body, true);
    }

    /** The body with every rule its reasons and trace refer to by id written out again from this version. */
    public ObjectNode resolve(ObjectNode body) {
        return rewriteRules(body, false);
    }

    /** Rewrites the reasons and the trace only: inputs, outputs and reference data are kept as they are. */
    private ObjectNode rewriteRules(ObjectNode body, boolean compact) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            var field = fields.next();
            boolean rules = field.getKey().equals(REASONS) || field.getKey().equals(TRACE);
            copy.set(field.getKey(), rules ? rewrite(field.getValue(), compact) : field.getValue());
        }
        return copy;
    }

    private JsonNode rewrite(JsonNode node, boolean compact) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(element -> copy.add(rewrite(element, compact)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode basis = object.path(RULE_ID).isTextual() ? bases.get(object.path(RULE_ID).asText()) : null;
        if (basis != null) {
            return compact ? reference(object, basis) : resolved(object, basis);
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            var field = fields.next();
            copy.set(field.getKey(), rewrite(field.getValue(), compact));
        }
        return copy;
    }

    /** A rule object as stored: its id alone when it is the declared basis, without the texts when they are. */
    private static ObjectNode reference(ObjectNode rule, ObjectNode basis) {
        if (rule.equals(basis)) {
            return JsonNodeFactory.instance.objectNode().put(RULE_ID, basis.path(RULE_ID).asText());
        }
        ObjectNode reference = rule.deepCopy();
        if (rule.size() > 1 && TEXTS.stream().allMatch(text -> basis.path(text).equals(rule.path(text)))) {
            reference.remove(TEXTS);
        }
        return reference;
    }

    /**
     * A stored rule object written out: the whole basis for an id alone; else the English texts put back after the
     * id and the Chinese ones at the end, where a reason writes them.
     */
    private static ObjectNode resolved(ObjectNode reference, ObjectNode basis) {
        if (reference.size() == 1) {
            return basis.deepCopy();
        }
        if (reference.has(DESCRIPTION) || reference.has(LEGAL_BASIS)) {
            return reference.deepCopy();
        }
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = reference.fields(); fields.hasNext(); ) {
            var field = fields.next();
            rule.set(field.getKey(), field.getValue());
            if (field.getKey().equals(RULE_ID)) {
                rule.set(DESCRIPTION, basis.path(DESCRIPTION).deepCopy());
                rule.set(LEGAL_BASIS, basis.path(LEGAL_BASIS).deepCopy());
            }
        }
        for (String chinese : List.of(DESCRIPTION_ZH, LEGAL_BASIS_ZH)) {
            if (basis.hasNonNull(chinese)) {
                rule.set(chinese, basis.get(chinese).deepCopy());
            }
        }
        return rule;
    }
}
