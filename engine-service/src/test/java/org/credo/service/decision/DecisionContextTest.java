package org.credo.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.service.audit.AuditRecord;
import org.credo.service.audit.CanonicalJson;
import org.credo.service.contract.DecisionType;
import org.credo.service.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A decision's context is written into its record and read back from it for a replay: the same context, and the
 * stored form of records decided before the context existed.
 */
class DecisionContextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CALLER = new Caller("customs", Instant.parse("2026-11-26T08:00:00.123Z"));
    private static final LocalDate DAY = LocalDate.parse("2026-11-26");

    @Test
    void aStoredInspectionIsRedecidedInTheContextItWasDecidedIn() {
        DecisionContext decided = inspection(null);

        DecisionContext replayed = DecisionContext.of(stored(decided, credit()));

        assertThat(replayed).isEqualTo(decided);
        assertThat(replayed.referenceData().sampling()).isEqualTo(new ReferenceData.Selection("k1", "D-1"));
    }

    @Test
    void anInspectionRecordsItsReferenceDataInTheStoredFormOfEarlierRecords() {
        JsonNode recorded = inspection(null).referenceData().recorded(credit());

        assertThat(CanonicalJson.of(recorded)).isEqualTo("{\"credit\":{\"creditClass\":\"REGULAR\"},"
                + "\"creditInputs\":{\"asOf\":\"2026-11-26\",\"enterpriseId\":\"E-1\"},"
                + "\"registry\":{\"enterpriseId\":\"E-1\",\"known\":false},"
                + "\"sampling\":{\"keyId\":\"k1\",\"method\":\"HMAC-SHA256\",\"subject\":\"D-1\"}}");
    }

    @Test
    void aDecisionOnTheCallersInputsAloneRecordsNullReferenceData() {
        assertThat(ReferenceData.NONE.recorded(null).isNull()).isTrue();
        assertThat(CanonicalJson.of(ReferenceData.registry(registry()).recorded(null)))
                .isEqualTo("{\"registry\":{\"enterpriseId\":\"E-1\",\"known\":false}}");
    }

    @Test
    void theRecordedCreditClassIsEvidenceAndNotReadBackForAReplay() {
        DecisionContext measures = new DecisionContext(DecisionType.CREDIT_MEASURES, null, CALLER, "E-1", DAY,
                json("{\"enterpriseId\": \"E-1\", \"asOf\": \"2026-11-26\"}"),
                new ReferenceData(registry(), creditInputs(), null), null, null);

        AuditRecord record = stored(measures, credit());

        assertThat(record.referenceData().has("credit")).isTrue();
        assertThat(DecisionContext.of(record)).isEqualTo(measures);
    }

    @Test
    void aModelEvaluationIsRecordedAndRedecidedUnderItsModelName() {
        DecisionContext model = new DecisionContext(null, "risk", CALLER, null, DAY, json("{\"a\": 1}"),
                ReferenceData.NONE, null, null);

        AuditRecord record = stored(model, null);

        assertThat(record.type()).isEqualTo("model:risk");
        assertThat(DecisionContext.of(record)).isEqualTo(model);
    }

    @Test
    void aRecordOfATypeThisServiceDoesNotDecideIsAConflict() {
        AuditRecord record = AuditRecord.unsealed("d-1", "tariff", null, null, "v1", DAY, "customs",
                CALLER.requestedAt(), CALLER.requestedAt(), (ObjectNode) json("{\"inputs\": {}}"));

        assertThatThrownBy(() -> DecisionContext.of(record)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aContextIsOfAContractTypeOrOfAModelNeverBothOrNeither() {
        assertThatThrownBy(() -> new DecisionContext(DecisionType.FX_REGISTRATION, "risk", CALLER, null, DAY,
                json("{}"), ReferenceData.NONE, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecisionContext(null, null, CALLER, null, DAY, json("{}"), ReferenceData.NONE,
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRetryUnderTheCallersKeyAnswersTheStoredRecordOfTheSameRequestOnly() {
        DecisionContext keyed = inspection(new IdempotencyKey("retry-1"));
        AuditRecord sameRequest = stored(inspection(null), credit());
        DecisionContext other = new DecisionContext(DecisionType.INSPECTION, null, CALLER, "E-1", DAY,
                json("{\"declarationId\": \"D-1\", \"enterpriseId\": \"E-1\", \"hsCode\": \"850000\"}"),
                inspection(null).referenceData(), "inspection:D-1", null);

        assertThat(keyed.answeredBy(sameRequest)).isSameAs(sameRequest);
        assertThatThrownBy(() -> keyed.answeredBy(stored(other, credit())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("retry-1");
    }

    @Test
    void withoutTheCallersKeyADeclarationAnswersWhateverWasStoredUnderIt() {
        DecisionContext other = new DecisionContext(DecisionType.INSPECTION, null, CALLER, "E-1", DAY,
                json("{\"declarationId\": \"D-1\", \"enterpriseId\": \"E-1\", \"hsCode\": \"850000\"}"),
                inspection(null).referenceData(), "inspection:D-1", null);
        AuditRecord stored = stored(other, credit());

        assertThat(inspection(null).answeredBy(stored)).isSameAs(stored);
    }

    private static DecisionContext inspection(IdempotencyKey callerKey) {
        return new DecisionContext(DecisionType.INSPECTION, null, CALLER, "E-1", DAY,
                json("{\"declarationId\": \"D-1\", \"enterpriseId\": \"E-1\", \"hsCode\": \"85000000\"}"),
                new ReferenceData(registry(), creditInputs(), new ReferenceData.Selection("k1", "D-1")),
                "inspection:D-1", callerKey);
    }

    /** The record the recorder writes for a context: its fields and body as DecisionRecorder builds them. */
    private static AuditRecord stored(DecisionContext context, ObjectNode credit) {
        ObjectNode body = JSON.createObjectNode();
        body.set("inputs", context.inputs());
        body.set("outputs", JSON.createObjectNode());
        body.set("referenceData", context.referenceData().recorded(credit));
        return AuditRecord.unsealed("d-1", context.recordedType(), context.enterpriseId(), context.idempotencyKey(),
                "v1", context.asOf(), context.caller().principal(), context.caller().requestedAt(),
                CALLER.requestedAt(), body);
    }

    private static ObjectNode registry() {
        return (ObjectNode) json("{\"enterpriseId\": \"E-1\", \"known\": false}");
    }

    private static JsonNode creditInputs() {
        return json("{\"enterpriseId\": \"E-1\", \"asOf\": \"2026-11-26\"}");
    }

    private static ObjectNode credit() {
        return (ObjectNode) json("{\"creditClass\": \"REGULAR\"}");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
