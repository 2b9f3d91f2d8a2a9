package org.credo.service.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure reference functions: a body compacts to rule ids and resolves back to itself, field for field. */
class RuleTextsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleTexts TEXTS = new RuleTexts(Map.of(
            "INS-RATE-1", basis("""
                    {"ruleId": "INS-RATE-1", "description": "advanced enterprises: 0.1 %",
                     "legalBasis": "Order 237 art. 8", "confidence": "CONFIRMED", "validFrom": null, "validTo": null,
                     "provisional": false}"""),
            "CC-NULL", basis("""
                    {"ruleId": "CC-NULL", "description": null, "legalBasis": "Order 251", "confidence": null,
                     "validFrom": "2019-01-01", "validTo": null, "provisional": true}""")));

    private static ObjectNode basis(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode body() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"inputs": {"declarationId": "D-1", "rule": {"ruleId": "INS-RATE-1", "note": "the caller's own"}},
                 "outputs": {"selected": false},
                 "reasons": [
                   {"ruleId": "INS-RATE-1", "description": "advanced enterprises: 0.1 %",
                    "legalBasis": "Order 237 art. 8", "confidence": "CONFIRMED"},
                   {"ruleId": "CREDO-REGISTRY-UNKNOWN", "description": "enterprise X is not in the registry",
                    "legalBasis": "no credit facts", "confidence": "CONFIRMED"},
                   {"ruleId": "CC-NULL", "description": null, "legalBasis": "Order 251", "confidence": null,
                    "provisional": true}],
                 "trace": [{"decision": "inspection", "trace": {"decisions": [{"matchedRules": [
                   {"table": "rate", "ruleNumber": 1, "basis": {"ruleId": "INS-RATE-1",
                    "description": "advanced enterprises: 0.1 %", "legalBasis": "Order 237 art. 8",
                    "confidence": "CONFIRMED", "validFrom": null, "validTo": null, "provisional": false}}]}],
                   "firedRules": [{"basis": {"ruleId": "INS-RATE-1", "description": "an edited text",
                    "legalBasis": "Order 237 art. 8"}}]}}]}""");
    }

    @Test
    void aRuleWhoseTextsAreTheVersionsKeepsOnlyItsId() throws Exception {
        ObjectNode compact = TEXTS.compact(body());

        assertThat(compact.at("/reasons/0").toString())
                .isEqualTo("{\"ruleId\":\"INS-RATE-1\",\"confidence\":\"CONFIRMED\"}");
        assertThat(compact.at("/reasons/2").toString())
                .isEqualTo("{\"ruleId\":\"CC-NULL\",\"confidence\":null,\"provisional\":true}");
        assertThat(compact.at("/trace/0/trace/decisions/0/matchedRules/0/basis").toString())
                .isEqualTo("{\"ruleId\":\"INS-RATE-1\"}");
        assertThat(CanonicalJson.of(compact).length()).isLessThan(CanonicalJson.of(body()).length());
    }

    @Test
    void textsTheVersionDoesNotDeclareAndTheCallersInputsStayInTheRecord() throws Exception {
        ObjectNode compact = TEXTS.compact(body());

        assertThat(compact.at("/reasons/1/description").asText()).isEqualTo("enterprise X is not in the registry");
        assertThat(compact.at("/trace/0/trace/firedRules/0/basis/description").asText()).isEqualTo("an edited text");
        assertThat(compact.at("/inputs/rule")).isEqualTo(body().at("/inputs/rule"));
    }

    @Test
    void resolvingACompactBodyGivesTheBodyBackFieldForField() throws Exception {
        ObjectNode resolved = TEXTS.resolve(TEXTS.compact(body()));

        assertThat(resolved.toString()).isEqualTo(body().toString());
    }

    @Test
    void theCallersInputsAreNeverGivenRuleTexts() throws Exception {
        assertThat(TEXTS.resolve(TEXTS.compact(body())).at("/inputs/rule")).isEqualTo(body().at("/inputs/rule"));
    }

    @Test
    void aBodyStoredWithItsTextsResolvesToItselfAndIsNotChanged() throws Exception {
        ObjectNode stored = body();

        assertThat(TEXTS.resolve(stored)).isEqualTo(body());
        TEXTS.compact(stored);
        assertThat(stored).isEqualTo(body());
    }
}
