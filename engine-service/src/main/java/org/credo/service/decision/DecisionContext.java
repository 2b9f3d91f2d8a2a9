package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.service.audit.AuditRecord;
import org.credo.service.contract.DecisionType;
import org.credo.service.problem.ApiException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One decision as it travels from the request to its record: built once (by {@link DecisionContexts} from the typed
 * request, or from a stored record for a replay) and handed unchanged to {@link DecisionService}, {@link Evaluator}
 * and {@link DecisionRecorder}, which write it into the record. Nothing downstream parses a value back out of the
 * inputs or fishes a setting out of the reference data.
 *
 * @param type           the contract's decision type; null for a generic model evaluation
 * @param model          the DMN model a generic evaluation evaluates; null for a contract decision
 * @param caller         who asked and when; null for a decision that is only read, never recorded
 * @param enterpriseId   the enterprise decided about, or null
 * @param asOf           the day whose rules decide (the request's own date or today in the service's zone)
 * @param inputs         the inputs as recorded: the typed request as JSON, defaults filled in
 * @param referenceData  what the decision reads from elsewhere (registry facts, the sampling key)
 * @param idempotencyKey the key the record is stored under, so that a retry answers it: an inspection's declaration
 *                       ({@code inspection:<id>}), else the caller's {@code Idempotency-Key} in the caller's
 *                       namespace, or null
 * @param callerKey      the caller's {@code Idempotency-Key}, or null: a record answered for it must be of the same
 *                       request
 */
public record DecisionContext(DecisionType type, String model, Caller caller, String enterpriseId, LocalDate asOf,
                              JsonNode inputs, ReferenceData referenceData, String idempotencyKey,
                              IdempotencyKey callerKey) {
    public DecisionContext {
        if ((type == null) == (model == null)) {
            throw new IllegalArgumentException("a decision is either of a contract type or of a model, not "
                    + (type == null ? "neither" : "both"));
        }
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(referenceData, "referenceData");
    }

    /** The type as recorded: the contract type's id, or {@code model:<name>}. */
    public String recordedType() {
        return type != null ? type.id() : DecisionType.MODEL_PREFIX + model;
    }

    /**
     * The context a stored decision was decided in, to decide it again with the same inputs, day and reference data
     * (a record of a type this service does not decide is a 409).
     */
    public static DecisionContext of(AuditRecord record) {
        if (!record.readable()) {
            throw ApiException.conflict("decision " + record.decisionId() + " cannot be re-decided: "
                    + record.unreadable());
        }
        String model = record.type().startsWith(DecisionType.MODEL_PREFIX)
                ? record.type().substring(DecisionType.MODEL_PREFIX.length()) : null;
        DecisionType type = model != null ? null : DecisionType.of(record.type()).orElseThrow(() ->
                ApiException.conflict("decision " + record.decisionId() + " has a type this service does not decide: "
                        + record.type()));
        String subject = type == DecisionType.INSPECTION ? record.inputs().path("declarationId").asText() : null;
        return new DecisionContext(type, model, new Caller(record.principal(), record.requestedAt()),
                record.enterpriseId(), record.asOf(), record.inputs(),
                ReferenceData.ofRecorded(record.referenceData(), subject), record.idempotencyKey(), null);
    }

    /**
     * The record a retry of this request was answered with (the decision stored under its idempotency key): with the
     * caller's own key it must be of the same request (same type, canonically the same inputs), else a 422.
     */
    public AuditRecord answeredBy(AuditRecord stored) {
        return callerKey == null ? stored : callerKey.requireSameRequest(stored, recordedType(), inputs);
    }
}
