package org.credo.service.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    /** A chain of five sealed records. */
    private static List<AuditRecord> chain() {
        var records = new ArrayList<AuditRecord>();
        String previous = ChainHash.GENESIS;
        for (int i = 1; i <= 5; i++) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putObject("inputs").put("declaredValueCny", new java.math.BigDecimal("5200.00"));
            body.putObject("outputs").put("inspectionRate", new java.math.BigDecimal("0.05")).put("selected", false);
            body.putArray("reasons").addObject().put("ruleId", "INS-" + i).put("legalBasis", "GACC Order 282");
            body.putArray("trace").addObject().put("decision", "inspection");
            body.putObject("referenceData").put("known", true);
            AuditRecord record = AuditRecord.unsealed("00000000-0000-0000-0000-00000000000" + i, "inspection",
                    "91350600MA2Y8K3F13", "inspection:D-" + i, "a".repeat(64), LocalDate.of(2026, 11, i),
                    "customs", Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:00:01Z"), body)
                    .seal(i, previous);
            previous = record.hash();
            records.add(record);
        }
        return records;
    }

    /** Every stored field, and how a tamperer would change it. */
    enum Field {
        DECISION_ID(r -> copy(r, "decisionId", "00000000-0000-0000-0000-000000000099")),
        TYPE(r -> copy(r, "type", "fx-registration")),
        ENTERPRISE(r -> copy(r, "enterpriseId", "91350100M000100Y43")),
        IDEMPOTENCY_KEY(r -> copy(r, "idempotencyKey", "inspection:OTHER")),
        RULESET_VERSION(r -> copy(r, "rulesetVersion", "b".repeat(64))),
        AS_OF(r -> new AuditRecord(r.sequence(), r.decisionId(), r.type(), r.enterpriseId(), r.idempotencyKey(),
                r.rulesetVersion(), r.asOf().plusDays(1), r.principal(), r.requestedAt(), r.decidedAt(), r.body(),
                r.previousHash(), r.hash())),
        PRINCIPAL(r -> copy(r, "principal", "admin")),
        REQUESTED_AT(r -> new AuditRecord(r.sequence(), r.decisionId(), r.type(), r.enterpriseId(),
                r.idempotencyKey(), r.rulesetVersion(), r.asOf(), r.principal(), r.requestedAt().plusMillis(1),
                r.decidedAt(), r.body(), r.previousHash(), r.hash())),
        DECIDED_AT(r -> new AuditRecord(r.sequence(), r.decisionId(), r.type(), r.enterpriseId(),
                r.idempotencyKey(), r.rulesetVersion(), r.asOf(), r.principal(), r.requestedAt(),
                r.decidedAt().plusMillis(1), r.body(), r.previousHash(), r.hash())),
        INPUTS(r -> withBody(r, b -> b.with("inputs").put("declaredValueCny", 1))),
        OUTPUTS(r -> withBody(r, b -> b.with("outputs").put("selected", true))),
        REASONS(r -> withBody(r, b -> b.withArray("reasons").removeAll())),
        TRACE(r -> withBody(r, b -> b.withArray("trace").addObject())),
        REFERENCE_DATA(r -> withBody(r, b -> b.with("referenceData").put("known", false))),
        SEQUENCE(r -> new AuditRecord(r.sequence() + 10, r.decisionId(), r.type(), r.enterpriseId(),
                r.idempotencyKey(), r.rulesetVersion(), r.asOf(), r.principal(), r.requestedAt(), r.decidedAt(),
                r.body(), r.previousHash(), r.hash())),
        PREVIOUS_HASH(r -> copy(r, "previousHash", "c".repeat(64))),
        HASH(r -> copy(r, "hash", "d".repeat(64)));

        final UnaryOperator<AuditRecord> tamper;

        Field(UnaryOperator<AuditRecord> tamper) {
            this.tamper = tamper;
        }
    }

    @Test
    void anUntouchedChainIsValidAndReportsItsHead() {
        List<AuditRecord> records = chain();
        var verification = ChainWalk.verify(records);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.checked()).isEqualTo(5);
        assertThat(verification.firstInvalidDecisionId()).isNull();
        assertThat(verification.headHash()).isEqualTo(records.get(4).hash());
    }

    @Test
    void anEmptyChainIsValid() {
        assertThat(ChainWalk.verify(List.of()).valid()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void changingAnyStoredFieldIsDetectedAtThatRecord(Field field) {
        List<AuditRecord> records = new ArrayList<>(chain());
        AuditRecord original = records.get(2);
        records.set(2, field.tamper.apply(original));
        var verification = ChainWalk.verify(records);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidDecisionId()).isEqualTo(records.get(2).decisionId());
        assertThat(verification.checked()).isEqualTo(3);
    }

    @Test
    void rehashingATamperedRecordStillBreaksTheNextLink() {
        List<AuditRecord> records = new ArrayList<>(chain());
        AuditRecord tampered = withBody(records.get(1), b -> b.with("outputs").put("selected", true));
        records.set(1, tampered.seal(2, tampered.previousHash()));
        var verification = ChainWalk.verify(records);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidDecisionId()).isEqualTo(records.get(2).decisionId());
    }

    @Test
    void deletingARecordIsDetectedAtTheOneAfterIt() {
        List<AuditRecord> records = new ArrayList<>(chain());
        records.remove(1);
        var verification = ChainWalk.verify(records);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidDecisionId()).isEqualTo(records.get(1).decisionId());
    }

    @Test
    void deletingTheFirstRecordIsDetected() {
        List<AuditRecord> records = new ArrayList<>(chain());
        records.remove(0);
        assertThat(ChainWalk.verify(records).firstInvalidDecisionId()).isEqualTo(records.get(0).decisionId());
    }

    @Test
    void reorderingRecordsIsDetected() {
        List<AuditRecord> records = new ArrayList<>(chain());
        Collections.swap(records, 1, 3);
        var verification = ChainWalk.verify(records);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidDecisionId()).isEqualTo(records.get(1).decisionId());
    }

    @Test
    void reorderingWithRenumberedSequencesIsDetected() {
        List<AuditRecord> records = new ArrayList<>(chain());
        AuditRecord second = records.get(1);
        AuditRecord third = records.get(2);
        records.set(1, renumber(third, 2));
        records.set(2, renumber(second, 3));
        assertThat(ChainWalk.verify(records).valid()).isFalse();
    }

    @Test
    void truncatingTheTailChangesTheHeadAVerifierPublished() {
        List<AuditRecord> records = chain();
        String publishedHead = ChainWalk.verify(records).headHash();
        var truncated = ChainWalk.verify(records.subList(0, 4));
        assertThat(truncated.valid()).isTrue();
        assertThat(truncated.headHash()).isNotEqualTo(publishedHead);
    }

    private static AuditRecord renumber(AuditRecord r, long sequence) {
        return new AuditRecord(sequence, r.decisionId(), r.type(), r.enterpriseId(), r.idempotencyKey(),
                r.rulesetVersion(), r.asOf(), r.principal(), r.requestedAt(), r.decidedAt(), r.body(),
                r.previousHash(), r.hash());
    }

    private static AuditRecord withBody(AuditRecord r, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode body = r.body().deepCopy();
        change.accept(body);
        return new AuditRecord(r.sequence(), r.decisionId(), r.type(), r.enterpriseId(), r.idempotencyKey(),
                r.rulesetVersion(), r.asOf(), r.principal(), r.requestedAt(), r.decidedAt(), body,
                r.previousHash(), r.hash());
    }

    private static AuditRecord copy(AuditRecord r, String field, String value) {
        return new AuditRecord(r.sequence(),
                field.equals("decisionId") ? value : r.decisionId(),
                field.equals("type") ? value : r.type(),
                field.equals("enterpriseId") ? value : r.enterpriseId(),
                field.equals("idempotencyKey") ? value : r.idempotencyKey(),
                field.equals("rulesetVersion") ? value : r.rulesetVersion(),
                r.asOf(),
                field.equals("principal") ? value : r.principal(),
                r.requestedAt(), r.decidedAt(), r.body(),
                field.equals("previousHash") ? value : r.previousHash(),
                field.equals("hash") ? value : r.hash());
    }
}
