package org.credo.service.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a stored body never throws, and the chain is verified over the stored text, readable or not. */
class StoredBodyTest {
    private static final String HUNDRED_THOUSAND_DIGITS = "{\"inputs\":{\"declaredValueCny\":1" + "0".repeat(99_999)
            + "}}";

    @Test
    void aBodyWithinTheWritersLimitsIsReadExactly() {
        StoredBody read = StoredBody.read("{\"inputs\":{\"declaredValueCny\":5200.05,\"big\":1" + "0".repeat(900)
                + "}}");
        assertThat(read.problem()).isNull();
        assertThat(read.body().path("inputs").path("declaredValueCny").decimalValue())
                .isEqualByComparingTo(new BigDecimal("5200.05"));
        assertThat(read.body().path("inputs").path("big").decimalValue().precision()).isEqualTo(901);
    }

    @Test
    void aHundredThousandDigitNumberIsReportedNotThrown() {
        StoredBody read = StoredBody.read(HUNDRED_THOUSAND_DIGITS);
        assertThat(read.body()).isEmpty();
        assertThat(read.problem()).startsWith("the stored body cannot be read: Number value length (100000)");
    }

    @Test
    void truncatedTextAndANonObjectAreReportedNotThrown() {
        assertThat(StoredBody.read("{\"inputs\":{\"declaredValueCny\":5200").problem())
                .startsWith("the stored body cannot be read");
        assertThat(StoredBody.read("[1, 2]").problem()).isEqualTo("the stored body is not a JSON object");
        assertThat(StoredBody.read("").problem()).isEqualTo("the stored body is not a JSON object");
    }

    @Test
    void aRecordNoReaderCanParseVerifiesOverItsStoredTextAndAChangedDigitBreaksIt() {
        AuditRecord sealed = unsealed().seal(1, ChainHash.GENESIS, unsealed().canonicalBody(HUNDRED_THOUSAND_DIGITS));

        var walk = new ChainWalk();
        assertThat(walk.accept(asStored(sealed, HUNDRED_THOUSAND_DIGITS))).isTrue();
        assertThat(walk.result().valid()).isTrue();

        var tampered = new ChainWalk();
        assertThat(tampered.accept(asStored(sealed, HUNDRED_THOUSAND_DIGITS.replaceFirst("1", "2")))).isFalse();
        assertThat(tampered.result().firstInvalidDecisionId()).isEqualTo(sealed.decisionId());
    }

    @Test
    void aStoredRecordsLeafIsItsStoredTextNotARenderingOfWhatWasRead() {
        AuditRecord sealed = unsealed().seal(1, ChainHash.GENESIS, unsealed().canonicalBody(HUNDRED_THOUSAND_DIGITS));

        assertThat(asStored(sealed, HUNDRED_THOUSAND_DIGITS).canonicalBody())
                .isEqualTo(unsealed().canonicalBody(HUNDRED_THOUSAND_DIGITS))
                .contains(HUNDRED_THOUSAND_DIGITS);
    }

    private static AuditRecord unsealed() {
        Instant at = Instant.parse("2026-11-26T08:00:00Z");
        return AuditRecord.unsealed("00000000-0000-0000-0000-000000000001", "inspection", "91350600MA2Y8K3F13", null,
                "v1", LocalDate.of(2026, 11, 26), "customs", at, at, JsonNodeFactory.instance.objectNode());
    }

    /** The record as the store reads it back: its body as stored, and what reading it gave. */
    private static AuditRecord asStored(AuditRecord sealed, String content) {
        StoredBody read = StoredBody.read(content);
        return new AuditRecord(sealed.sequence(), sealed.decisionId(), sealed.type(), sealed.enterpriseId(),
                sealed.idempotencyKey(), sealed.rulesetVersion(), sealed.asOf(), sealed.principal(),
                sealed.requestedAt(), sealed.decidedAt(), read.body(), sealed.previousHash(), sealed.hash(), content,
                read.problem());
    }
}
