package org.credo.service.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.service.audit.AuditRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the service and a simulation's worker ({@link WorkerMain#simulate}) say to each other, one JSON document per
 * line: the service sends the {@link Settings}, the worker answers a {@link DraftVerdict} (the version's compile
 * errors, none when it compiled); then the service sends one {@link StoredDecision} at a time and the worker answers
 * each with one {@link Redecided}, until the service closes the worker's input.
 */
public final class SimulationWorkerProtocol {
    private SimulationWorkerProtocol() {
    }

    /**
     * How the worker decides, as the service does: the decision deadline ({@code credo.evaluation.deadline}) and the
     * sampling key inspections are selected with ({@code credo.sampling.*}; absent: no key, as in the service).
     */
    public record Settings(long evaluationDeadlineMillis, String samplingKeyId, String samplingKey) {
    }

    /** A stored decision as a re-decision needs it: what the record says and the inputs and reference data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoredDecision(String decisionId, String type, String enterpriseId, String rulesetVersion,
                                 LocalDate asOf, JsonNode inputs, JsonNode referenceData, String unreadable) {

        static StoredDecision of(AuditRecord record) {
            return new StoredDecision(record.decisionId(), record.type(), record.enterpriseId(),
                    record.rulesetVersion(), record.asOf(), present(record.inputs()), present(record.referenceData()),
                    record.unreadable());
        }

        private static JsonNode present(JsonNode node) {
            return node.isMissingNode() ? null : node;
        }

        /** The record again, its body holding what a re-decision reads. */
        AuditRecord record() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            if (inputs != null) {
                body.set("inputs", inputs);
            }
            if (referenceData != null) {
                body.set("referenceData", referenceData);
            }
            return new AuditRecord(0, decisionId, type, enterpriseId, null, rulesetVersion, asOf, null, Instant.EPOCH,
                    Instant.EPOCH, body, null, null, null, unreadable);
        }
    }

    /** A decision re-decided: its outputs, or why the version could not decide it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Redecided(JsonNode outputs, String failure) {
        static Redecided of(JsonNode outputs) {
            return new Redecided(outputs, null);
        }

        static Redecided failed(String message) {
            return new Redecided(null, message);
        }
    }
}
