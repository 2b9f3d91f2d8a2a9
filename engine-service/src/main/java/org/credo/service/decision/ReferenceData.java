package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a decision read from elsewhere and depends on, recorded with it so that a replay decides on the same facts.
 *
 * @param registry     what the enterprise registry held as of the decision's day, or null
 * @param creditInputs the credit-classification inputs built from {@code registry}, when the service classified the
 *                     enterprise itself first (an inspection, credit measures of the registry's class), or null
 * @param sampling     the key that selected an inspection, or null for every other decision
 */
public record ReferenceData(ObjectNode registry, JsonNode creditInputs, Selection sampling) {
    /** A decision on the caller's inputs alone. */
    public static final ReferenceData NONE = new ReferenceData(null, null, null);

    /**
     * The keyed selection of an inspection ({@code referenceData.sampling}).
     *
     * @param keyId   the id of the sampling key, recorded so that a replay selects with the same key
     * @param subject what was selected: the declaration id
     */
    public record Selection(String keyId, String subject) {
    }

    /** The registry's facts as of a day, the decision's own inputs. */
    public static ReferenceData registry(ObjectNode snapshot) {
        return new ReferenceData(snapshot, null, null);
    }

    /**
     * As recorded: {@code null} for none, else {@code registry}, {@code creditInputs} and {@code sampling} when there
     * are, then {@code credit} (the class the service decided from them, a derived result kept as evidence).
     */
    JsonNode recorded(ObjectNode credit) {
        if (registry == null && creditInputs == null && sampling == null) {
            return NullNode.instance;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (registry != null) {
            node.set("registry", registry);
        }
        if (creditInputs != null) {
            node.set("creditInputs", creditInputs);
        }
        if (sampling != null) {
            ObjectNode selection = node.putObject("sampling");
            selection.put("method", Sampling.METHOD);
            selection.put("keyId", sampling.keyId());
            selection.put("subject", sampling.subject());
        }
        if (credit != null) {
            node.set("credit", credit);
        }
        return node;
    }

    /**
     * The reference data of a recorded decision; {@code credit}, a result of the decision, is not read. An inspection
     * ({@code subject}: the declaration id of its inputs, else null) is selected again with the key id it recorded.
     */
    static ReferenceData ofRecorded(JsonNode recorded, String subject) {
        JsonNode registry = recorded.get("registry");
        return new ReferenceData(registry instanceof ObjectNode facts ? facts : null, recorded.get("creditInputs"),
                subject == null ? null : new Selection(recorded.path("sampling").path("keyId").asText(), subject));
    }
}
