package org.credo.service.registry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/** Registry rows as the contract's JSON. */
final class RegistryJson {
    private RegistryJson() {
    }

    /** An event as seen on {@code asOf} (null: as stored): a payment after that day is not yet made. */
    static ObjectNode event(CreditEvent event, LocalDate asOf) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("eventId", event.eventId);
        node.put("type", event.type.name());
        node.put("occurredOn", event.occurredOn.toString());
        node.put("amountCny", event.amountCny);
        node.put("dueDate", event.dueDate == null ? null : event.dueDate.toString());
        boolean paidBy = event.paidOn != null && (asOf == null || !event.paidOn.isAfter(asOf));
        node.put("paidOn", paidBy ? event.paidOn.toString() : null);
        node.put("subjectiveIntent", event.subjectiveIntent);
        return node;
    }

    static ObjectNode enterprise(Enterprise enterprise) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("enterpriseId", enterprise.enterpriseId);
        node.put("name", enterprise.name);
        node.put("enterpriseKind", enterprise.enterpriseKind.name());
        node.put("advancedCertified", enterprise.advancedCertified);
        node.put("generalCertified", enterprise.generalCertified);
        node.put("priorYearDocumentCount", enterprise.priorYearDocumentCount);
        node.put("updatedAt", enterprise.updatedAt.toString());
        return node;
    }
}
