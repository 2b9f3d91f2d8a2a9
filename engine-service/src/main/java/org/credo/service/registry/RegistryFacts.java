package org.credo.service.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * What the registry held about an enterprise as of a day, as JSON: the record kept with a decision so that replay
 * uses exactly the facts the decision used, and the credit-classification inputs built from them.
 */
@ApplicationScoped
public class RegistryFacts {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * {@code {"enterpriseId", "asOf", "known", "enterprise": {…} | null, "events": [...]}}. Events are those that
     * had occurred by {@code asOf}; a payment made after {@code asOf} is not yet visible then.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode snapshot(String enterpriseId, LocalDate asOf) {
        var snapshot = JSON.objectNode();
        snapshot.put("enterpriseId", enterpriseId);
        snapshot.put("asOf", asOf.toString());
        Enterprise enterprise = Enterprise.findById(enterpriseId);
        snapshot.put("known", enterprise != null);
        if (enterprise == null) {
            snapshot.putNull("enterprise");
            snapshot.putArray("events");
            return snapshot;
        }
        var facts = snapshot.putObject("enterprise");
        facts.put("name", enterprise.name);
        facts.put("enterpriseKind", enterprise.enterpriseKind.name());
        facts.put("advancedCertified", enterprise.advancedCertified);
        facts.put("priorYearDocumentCount", enterprise.priorYearDocumentCount);
        ArrayNode events = snapshot.putArray("events");
        for (CreditEvent event : CreditEvent.asOf(enterpriseId, asOf)) {
            events.add(RegistryJson.event(event, asOf));
        }
        return snapshot;
    }

    /**
     * The credit-classification inputs (the contract's body) built from a snapshot. An enterprise the registry does
     * not know is an empty case: a non-broker, not certified, no document count, no events.
     */
    public static ObjectNode creditInputs(ObjectNode snapshot) {
        var inputs = JSON.objectNode();
        inputs.put("enterpriseId", snapshot.path("enterpriseId").asText());
        var enterprise = snapshot.path("enterprise");
        boolean known = snapshot.path("known").asBoolean();
        inputs.put("enterpriseKind", known ? enterprise.path("enterpriseKind").asText() : "NON_BROKER");
        inputs.put("advancedCertified", known && enterprise.path("advancedCertified").asBoolean());
        inputs.set("priorYearDocumentCount", known ? enterprise.path("priorYearDocumentCount")
                : JSON.nullNode());
        inputs.put("asOf", snapshot.path("asOf").asText());
        inputs.set("events", snapshot.path("events").deepCopy());
        return inputs;
    }
}
