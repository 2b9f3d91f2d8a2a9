package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The texts a rule-set version declares for its rules, by rule id, and the two pure functions that let a decision
 * record refer to them instead of repeating them: {@link #compact} (before a record is stored) and {@link #resolve}
 * (when a stored record is shown). A record's rule-set version pins its rules, so a reference — the rule id — names
 * one text for ever; only rules whose id names one text in the version are referred to, every other text (a rule id
 * the version declares twice with different texts, a reason the service makes up itself) stays in the record.
 * {@code resolve(compact(body))} equals {@code body}, fields in the same order.
 *
 * @param byRuleId the texts of every rule id that names one text in the version
 */
public record RuleTexts(Map<String, Text> byRuleId) {
    private static final String DESCRIPTION = "description";
    private static final String LEGAL_BASIS = "legalBasis";
    private static final String RULE_ID = "ruleId";

    public RuleTexts {
        byRuleId = Map.copyOf(byRuleId);
    }

    /** What a rule says and where the law says it (either may be null). */
    public record Text(String description, String legalBasis) {
    }

    /**
     * A record body whose reasons and trace refer to rules by id: every rule object (one with a {@code ruleId}) whose
     * description and legal basis are this version's loses both. A new tree; {@code body} is left as it is.
     */
    public ObjectNode compact(ObjectNode body) {
        return (ObjectNode) rewrite(body, true);
    }

    /** The body with every referred rule's description and legal basis put back from this version. */
    public ObjectNode resolve(ObjectNode body) {
        return (ObjectNode) rewrite(body, false);
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
        Text text = object.path(RULE_ID).isTextual() ? byRuleId.get(object.path(RULE_ID).asText()) : null;
        if (text != null && compact && refersTo(object, text)) {
            ObjectNode reference = object.deepCopy();
            reference.remove(DESCRIPTION);
            reference.remove(LEGAL_BASIS);
            return reference;
        }
        if (text != null && !compact && !object.has(DESCRIPTION) && !object.has(LEGAL_BASIS)) {
            return resolved(object, text);
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            var field = fields.next();
            copy.set(field.getKey(), rewrite(field.getValue(), compact));
        }
        return copy;
    }

    private static boolean refersTo(ObjectNode rule, Text text) {
        return rule.has(DESCRIPTION) && rule.has(LEGAL_BASIS)
                && Objects.equals(textOf(rule.get(DESCRIPTION)), text.description())
                && Objects.equals(textOf(rule.get(LEGAL_BASIS)), text.legalBasis())
                && (rule.get(DESCRIPTION).isTextual() || rule.get(DESCRIPTION).isNull())
                && (rule.get(LEGAL_BASIS).isTextual() || rule.get(LEGAL_BASIS).isNull());
    }

    private static String textOf(JsonNode node) {
        return node.isNull() ? null : node.asText();
    }

    /** The rule's fields with its texts put back after its id, where the service writes them. */
    private static ObjectNode resolved(ObjectNode reference, Text text) {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = reference.fields(); fields.hasNext(); ) {
            var field = fields.next();
            rule.set(field.getKey(), field.getValue());
            if (field.getKey().equals(RULE_ID)) {
                rule.put(DESCRIPTION, text.description());
                rule.put(LEGAL_BASIS, text.legalBasis());
            }
        }
        return rule;
    }
}
