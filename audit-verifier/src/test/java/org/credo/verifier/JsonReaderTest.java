package org.credo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.credo.verifier.ProofException.Reason;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void readsEscapesNestingAndNumbers() throws ProofException {
        Map<String, Object> object = JsonReader.readObject(
                " {\"a\": \"x\\n\\u4f01\\\"\", \"b\": [1, -2.5e3, true, null, {}], \"c\": {\"d\": []}} ");
        assertThat(object.get("a")).isEqualTo("x\n\u4f01\"");
        assertThat(object.get("b")).isEqualTo(Arrays.asList(BigDecimal.ONE, new BigDecimal("-2.5e3"), true, null,
                Map.of()));
        assertThat(object.get("c")).isEqualTo(Map.of("d", List.of()));
    }

    @Test
    void hostileDocumentsAreMalformedNeverACrash() {
        for (String json : List.of("", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":\"\u0001\"}",
                "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u\u0663\u0663\u0663\u0663\"}",
                "{\"a\":tru}", "{} x", "{\"a\":1,\"a\":2}",
                "[]", "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}", "{\"a\":\"unterminated}")) {
            assertThatThrownBy(() -> JsonReader.readObject(json)).as(json)
                    .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.MALFORMED));
        }
    }
}
