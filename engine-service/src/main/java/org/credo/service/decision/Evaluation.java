package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/**
 * What deciding produced, before it is recorded: everything an audit record holds but who asked and when.
 *
 * @param type           the decision type
 * @param enterpriseId   the enterprise concerned, or null
 * @param idempotencyKey what makes a retry answer the stored outcome, or null
 * @param inputs         the inputs as the caller sent them (JSON)
 * @param outputs        the outputs, as answered
 * @param reasons        the rules that determined it: ruleId, description, legalBasis, confidence
 * @param trace          every evaluation step with its full engine trace
 * @param referenceData  data read from elsewhere (the registry) that the decision depended on, for exact replay
 */
public record Evaluation(String type, String enterpriseId, String idempotencyKey, String rulesetVersion,
                         LocalDate asOf, JsonNode inputs, ObjectNode outputs, ArrayNode reasons, ArrayNode trace,
                         JsonNode referenceData) {
    /** This evaluation stored under {@code key}, so that a retry answers its record. */
    public Evaluation withIdempotencyKey(String key) {
        return new Evaluation(type, enterpriseId, key, rulesetVersion, asOf, inputs, outputs, reasons, trace,
                referenceData);
    }
}
