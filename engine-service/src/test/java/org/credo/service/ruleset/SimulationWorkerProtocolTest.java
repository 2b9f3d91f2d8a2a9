package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credo.service.audit.AuditRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored decision crosses to a simulation's worker as the re-decision reads it: exact decimals (even a number longer
 * than requests allow, stored before inputs were bounded), absent reference data still absent (not null), and an
 * unreadable record still unreadable.
 */
class SimulationWorkerProtocolTest {
    private static final ObjectMapper JSON = WorkerMain.mapper();

    @Test
    void aRecordWithoutReferenceDataArrivesWithExactInputsAndNoReferenceData() throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("inputs").put("declaredValueCny", new BigDecimal("12345678901234567.80"));
        body.putObject("outputs").put("value", 1);

        AuditRecord sent = crossed(record(body, null));

        assertThat(sent.readable()).isTrue();
        assertThat(sent.inputs().path("declaredValueCny").decimalValue())
                .isEqualByComparingTo(new BigDecimal("12345678901234567.80"));
        assertThat(sent.referenceData().isMissingNode()).isTrue();
        assertThat(sent.decisionId()).isEqualTo("d-1");
        assertThat(sent.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aRecordWithANumberLongerThanRequestsAllowStillCrosses() throws IOException {
        BigDecimal huge = new BigDecimal("9".repeat(300) + ".5");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("inputs").put("declaredValueCny", huge);

        assertThat(crossed(record(body, null)).inputs().path("declaredValueCny").decimalValue())
                .isEqualByComparingTo(huge);
    }

    @Test
    void anUnreadableRecordArrivesUnreadable() throws IOException {
        AuditRecord sent = crossed(record(JsonNodeFactory.instance.objectNode(), "number too long"));

        assertThat(sent.readable()).isFalse();
        assertThat(sent.unreadable()).isEqualTo("number too long");
        assertThat(sent.inputs().isMissingNode()).isTrue();
    }

    private static AuditRecord crossed(AuditRecord record) throws IOException {
        String line = JSON.writeValueAsString(SimulationWorkerProtocol.StoredDecision.of(record));
        assertThat(line).doesNotContain("\n");
        return JSON.readValue(line, SimulationWorkerProtocol.StoredDecision.class).record();
    }

    private static AuditRecord record(ObjectNode body, String unreadable) {
        return new AuditRecord(7, "d-1", "model:Pattern Match", "E1", null, "v1", LocalDate.of(2026, 6, 30),
                "customs", Instant.EPOCH, Instant.EPOCH, body, "p", "h", null, unreadable);
    }
}
