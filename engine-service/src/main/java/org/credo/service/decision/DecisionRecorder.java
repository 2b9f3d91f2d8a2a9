package org.credo.service.decision;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.AuditStoreException;
import org.credo.service.audit.AuditWriter;
import org.credo.service.audit.CanonicalJson;
import org.credo.service.audit.RuleTextSource;
import org.credo.service.contract.OutcomeLabel;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Turns evaluations into audit records (each written from its {@link DecisionContext}: type, day, inputs, reference
 * data, idempotency key, who asked and when; plus what deciding produced), appends them to the chain and waits for
 * their commit: a decision is answered only once its record is stored. A record is stored with its rules referred
 * to by id (their texts are the rule-set version's, see {@link org.credo.service.audit.RuleTexts}) and answered with
 * the texts. Counts decisions by type and outcome and times them.
 */
@ApplicationScoped
public class DecisionRecorder {
    private static final Logger LOG = Logger.getLogger(DecisionRecorder.class);

    private final AuditWriter writer;
    private final MeterRegistry meters;
    private final RuleTextSource ruleTexts;

    public DecisionRecorder(AuditWriter writer, MeterRegistry meters, RuleTextSource ruleTexts) {
        this.writer = writer;
        this.meters = meters;
        this.ruleTexts = ruleTexts;
    }

    /** Records one evaluation; answers the stored record. */
    public AuditRecord record(Evaluation evaluation) {
        return recordAll(List.of(evaluation)).get(0);
    }

    /**
     * Records evaluations together (the writer commits them in as few transactions as it can), in order. An
     * evaluation whose idempotency key is stored already is answered with the record stored before, which is neither
     * counted nor timed again.
     */
    public List<AuditRecord> recordAll(List<Evaluation> evaluations) {
        Instant decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<AuditRecord> unsealed = evaluations.stream().map(e -> unsealed(e, decidedAt)).toList();
        List<AuditRecord> stored;
        try {
            stored = writer.appendAll(unsealed);
        } catch (AuditStoreException e) {
            for (AuditRecord record : unsealed) {
                MDC.put("decisionId", record.decisionId());
                LOG.warnf("%s decision not confirmed stored, answered 503: %s", record.type(), e.getMessage());
            }
            MDC.remove("decisionId");
            throw e;
        }
        for (int i = 0; i < stored.size(); i++) {
            AuditRecord record = stored.get(i);
            if (!record.decisionId().equals(unsealed.get(i).decisionId())) {
                continue;
            }
            MDC.put("decisionId", record.decisionId());
            LOG.debugf("%s decided by %s and recorded as #%d", record.type(), record.principal(), record.sequence());
            count(record);
            Timer.builder("credo.decision.duration").description("time from request to stored decision")
                    .tag("type", record.type()).publishPercentileHistogram()
                    .register(meters).record(Duration.between(record.requestedAt(), Instant.now()));
        }
        MDC.remove("decisionId");
        return stored;
    }

    private void count(AuditRecord record) {
        Counter.builder("credo.decisions").description("decisions stored, by type and outcome")
                .tag("type", record.type()).tag("outcome", OutcomeLabel.of(record.outputs())).register(meters)
                .increment();
    }

    private AuditRecord unsealed(Evaluation e, Instant decidedAt) {
        DecisionContext context = e.context();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("inputs", context.inputs());
        body.set("outputs", e.outputs());
        body.set("reasons", e.reasons());
        body.set("trace", e.trace());
        body.set("referenceData", context.referenceData().recorded(e.credit()));
        String stored = ruleTexts.of(e.rulesetVersion()).map(texts -> CanonicalJson.of(texts.compact(body)))
                .orElse(null);
        return AuditRecord.unsealed(UUID.randomUUID().toString(), context.recordedType(), context.enterpriseId(),
                context.idempotencyKey(), e.rulesetVersion(), context.asOf(), context.caller().principal(),
                context.caller().requestedAt(), decidedAt, body, stored);
    }
}
