package org.credo.service.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private String canonical(String json) throws Exception {
        return CanonicalJson.of(mapper.readTree(json));
    }

    @Test
    void keysAreSortedAtEveryLevelAndWhitespaceDropped() throws Exception {
        assertThat(canonical("{ \"b\": {\"y\": 1, \"x\": 2}, \"a\": [ {\"d\":1,\"c\":2} ] }"))
                .isEqualTo("{\"a\":[{\"c\":2,\"d\":1}],\"b\":{\"x\":2,\"y\":1}}");
    }

    @Test
    void equalDecimalsSerialiseAlike() throws Exception {
        assertThat(canonical("[1.50, 1.5, 15E-1, 1, 1.0, 0.00, -0, 100, 1E+2]"))
                .isEqualTo("[1.5,1.5,1.5,1,1,0,0,100,100]");
    }

    @Test
    void stringsAreEscapedAsJsonAndNullsKept() throws Exception {
        assertThat(canonical("{\"q\": \"say \\\"hi\\\"\\n\", \"n\": null, \"t\": true}"))
                .isEqualTo("{\"n\":null,\"q\":\"say \\\"hi\\\"\\n\",\"t\":true}");
    }

    @Test
    void chineseTextStaysLiteralAndControlCharactersAreEscaped() throws Exception {
        assertThat(canonical("{\"name\": \"漳州跨境电商\\u0001\\t\", \"key\": \"a/b\\\\c\"}"))
                .isEqualTo("{\"key\":\"a/b\\\\c\",\"name\":\"漳州跨境电商\\u0001\\t\"}");
    }

    @Test
    void aRecordsCanonicalBodyEmbedsItsBodyInCanonicalFormAmongTheSortedFields() throws Exception {
        var record = AuditRecord.unsealed("d-1", "inspection", "E1", "inspection:D1", "v1",
                java.time.LocalDate.of(2026, 11, 26), "customs", java.time.Instant.parse("2026-11-26T08:00:00Z"),
                java.time.Instant.parse("2026-11-26T08:00:00.005Z"),
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                        "{\"outputs\": {\"rate\": 0.01220, \"class\": \"REGULAR\"}, \"inputs\": {\"value\": 5.2E+3}}"));

        assertThat(record.canonicalBody()).isEqualTo("{\"asOf\":\"2026-11-26\","
                + "\"body\":{\"inputs\":{\"value\":5200},\"outputs\":{\"class\":\"REGULAR\",\"rate\":0.0122}},"
                + "\"decidedAt\":\"2026-11-26T08:00:00.005Z\",\"decisionId\":\"d-1\",\"enterpriseId\":\"E1\","
                + "\"idempotencyKey\":\"inspection:D1\",\"principal\":\"customs\","
                + "\"requestedAt\":\"2026-11-26T08:00:00Z\",\"rulesetVersion\":\"v1\",\"type\":\"inspection\"}");
    }
}
