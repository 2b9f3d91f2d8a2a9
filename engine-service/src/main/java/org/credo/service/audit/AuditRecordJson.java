package org.credo.service.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A stored record as auditors read it. */
public final class AuditRecordJson {
    private AuditRecordJson() {
    }

    public static ObjectNode of(AuditRecord r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("decisionId", r.decisionId());
        node.put("sequence", r.sequence());
        node.put("type", r.type());
        node.put("enterpriseId", r.enterpriseId());
        node.put("idempotencyKey", r.idempotencyKey());
        node.put("rulesetVersion", r.rulesetVersion());
        node.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        node.put("principal", r.principal());
        node.put("requestedAt", r.requestedAt().toString());
        node.put("decidedAt", r.decidedAt().toString());
        node.set("inputs", r.body().path("inputs"));
        node.set("outputs", r.body().path("outputs"));
        node.set("reasons", r.body().path("reasons"));
        node.set("trace", r.body().path("trace"));
        node.set("referenceData", r.body().path("referenceData"));
        node.put("previousHash", r.previousHash());
        node.put("hash", r.hash());
        return node;
    }
}
