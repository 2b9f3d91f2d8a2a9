package org.credo.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored record as auditors read it. A record whose stored body cannot be read carries {@code "unreadable"} (why)
 * and null {@code inputs}, {@code outputs}, {@code reasons}, {@code trace} and {@code referenceData}; every other field
 * is as stored, and its hash still verifies.
 */
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
        if (!r.readable()) {
            node.put("unreadable", r.unreadable());
        }
        node.set("inputs", part(r, "inputs"));
        node.set("outputs", part(r, "outputs"));
        node.set("reasons", part(r, "reasons"));
        node.set("trace", part(r, "trace"));
        node.set("referenceData", part(r, "referenceData"));
        node.put("previousHash", r.previousHash());
        node.put("hash", r.hash());
        return node;
    }

    private static JsonNode part(AuditRecord r, String name) {
        return r.readable() ? r.body().path(name) : NullNode.getInstance();
    }
}
