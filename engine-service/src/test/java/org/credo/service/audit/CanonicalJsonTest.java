package org.credo.service.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canonical form against its specification in {@code docs/audit.md} ("Canonical JSON"). Key orders were checked
 * with Python, whose {@code sorted()} orders strings by code point:
 * {@code python3 -c "print([hex(ord(k)) for k in sorted(map(chr, [0xFFFF, 0x1F600, 0x61, 0xE000, 0xE9, 0xFF08]))])"}
 * prints {@code ['0x61', '0xe9', '0xe000', '0xff08', '0xffff', '0x1f600']}.
 */
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

    @Test
    void keysAreInCodePointOrderSoACharacterAboveTheBasicPlaneSortsAfterEveryCharacterInIt() throws Exception {
        // UTF-16 code-unit order (String.compareTo) would put U+1F600 (D83D DE00) before U+E000, U+FF08 and U+FFFF
        assertThat(canonical("{\"\\uD83D\\uDE00\": 1, \"\\uFFFF\": 2, \"\\uE000\": 3, \"\\uFF08\": 4, \"é\": 5,"
                + " \"a\": 6}"))
                .isEqualTo("{\"a\":6,\"é\":5,\"\uE000\":3,\"\uFF08\":4,\"\uFFFF\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void keysAreComparedFromTheFirstCharacterThatDiffersAndAPrefixSortsFirst() throws Exception {
        assertThat(canonical("{\"x\\uFFFF\": 1, \"x\\uD83D\\uDE00\": 2, \"x\": 3, \"x\\uD83D\\uDE00a\": 4}"))
                .isEqualTo("{\"x\":3,\"x\uFFFF\":1,\"x\uD83D\uDE00\":2,\"x\uD83D\uDE00a\":4}");
    }

    @Test
    void theCodePointOrderAgreesWithTheOrderOfTheKeysUtf8Bytes() {
        String[] keys = {"\uD83D\uDE00", "\uFFFF", "\uE000", "\uD7FF", "\uD800\uDC00", "\uDBFF\uDFFF", "a", ""};
        for (String a : keys) {
            for (String b : keys) {
                int byCodePoint = Integer.signum(CanonicalJson.CODE_POINT_ORDER.compare(a, b));
                int byUtf8 = Integer.signum(Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8)));
                assertThat(byCodePoint).as("%s vs %s", a, b).isEqualTo(byUtf8);
            }
        }
    }

    @Test
    void quoteBackslashAndTheShortControlsUseTheirTwoCharacterEscapesTheOtherControlsUpperCaseHex() throws Exception {
        assertThat(canonical("[\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\\u00e9\"]"))
                .isEqualTo("[\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001F\u007f\u00e9\"]");
    }

    @Test
    void anUnpairedSurrogateIsEscapedSoItCannotBecomeAQuestionMarkInUtf8() throws Exception {
        assertThat(canonical("[\"\\ud800x\", \"x\\udc00\", \"\\udc00\\ud800\", \"\\ud83d\\ude00\"]"))
                .isEqualTo("[\"\\uD800x\",\"x\\uDC00\",\"\\uDC00\\uD800\",\"\uD83D\uDE00\"]");
    }

    @Test
    void numbersUpToTenThousandCharactersAreWrittenOutAndLongerOnesRefused() {
        assertThat(CanonicalJson.normalised(new BigDecimal("1E+9999"))).hasSize(10_000);
        assertThat(CanonicalJson.normalised(new BigDecimal("-1E+9998"))).hasSize(10_000);
        assertThat(CanonicalJson.normalised(new BigDecimal("1E-9998"))).hasSize(10_000);
        assertThat(CanonicalJson.normalised(new BigDecimal("-125E-9997"))).hasSize(10_000);
        for (String tooLong : new String[] {"1E+10000", "-1E+9999", "1E-9999", "1E+999999999"}) {
            assertThatThrownBy(() -> CanonicalJson.normalised(new BigDecimal(tooLong)))
                    .as(tooLong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
