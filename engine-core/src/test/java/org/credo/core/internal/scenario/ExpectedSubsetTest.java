package org.credo.core.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.credo.core.FeelJsonCodec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedSubsetTest {

    private static List<String> mismatches(String expected, Object actualOutputs) {
        return ExpectedSubset.mismatches(FeelJsonCodec.parse(expected), FeelJsonCodec.toJson(actualOutputs));
    }

    @Test
    void numbersCompareByDecimalValueNotByScale() {
        assertThat(mismatches("{\"ratio\": 1}", Map.of("ratio", new BigDecimal("1.000")))).isEmpty();
        assertThat(mismatches("{\"ratio\": 0.1}", Map.of("ratio", new BigDecimal("0.10")))).isEmpty();
        assertThat(mismatches("{\"ratio\": 0.1}", Map.of("ratio", new BigDecimal("0.11"))))
                .containsExactly("outputs.ratio: expected 0.1, got 0.11");
    }

    @Test
    void aNumberWrittenAsAStringIsNotANumber() {
        assertThat(mismatches("{\"ratio\": 1}", Map.of("ratio", "1"))).hasSize(1);
    }

    @Test
    void datesCompareAsIsoStrings() {
        assertThat(mismatches("{\"due\": \"2025-06-30\"}", Map.of("due", LocalDate.of(2025, 6, 30)))).isEmpty();
        assertThat(mismatches("{\"due\": \"2025-06-30\"}", Map.of("due", LocalDate.of(2025, 7, 1))))
                .containsExactly("outputs.due: expected \"2025-06-30\", got \"2025-07-01\"");
    }

    @Test
    void objectsCompareAsSubsetsAtEveryDepth() {
        Map<String, Object> actual = Map.of("level", "HIGH", "detail",
                Map.of("ratio", new BigDecimal("0.5"), "basis", "Art. 3"));

        assertThat(mismatches("{\"detail\": {\"ratio\": 0.50}}", actual)).isEmpty();
        assertThat(mismatches("{\"detail\": {\"ratio\": 0.50, \"note\": \"x\"}}", actual))
                .containsExactly("outputs.detail.note: expected \"x\", but there is no such output");
    }

    @Test
    void arraysCompareElementByElementWithObjectsAsSubsets() {
        Map<String, Object> actual = Map.of("items", List.of(Map.of("code", "A", "n", BigDecimal.ONE),
                Map.of("code", "B", "n", BigDecimal.TEN)));

        assertThat(mismatches("{\"items\": [{\"code\": \"A\"}, {\"code\": \"B\"}]}", actual)).isEmpty();
        assertThat(mismatches("{\"items\": [{\"code\": \"B\"}, {\"code\": \"A\"}]}", actual)).hasSize(2);
        assertThat(mismatches("{\"items\": [{\"code\": \"A\"}]}", actual)).hasSize(1);
    }

    @Test
    void anExpectedNullHoldsForANullOrAbsentOutput() {
        var withNull = new HashMap<String, Object>();
        withNull.put("reason", null);

        assertThat(mismatches("{\"reason\": null}", withNull)).isEmpty();
        assertThat(mismatches("{\"reason\": null}", Map.of())).isEmpty();
        assertThat(mismatches("{\"reason\": null}", Map.of("reason", "late"))).hasSize(1);
    }

    @Test
    void booleansAndStringsCompareExactly() {
        JsonNode expected = FeelJsonCodec.parse("{\"selected\": true, \"level\": \"HIGH\"}");

        assertThat(ExpectedSubset.mismatches(expected, FeelJsonCodec.toJson(Map.of("selected", true,
                "level", "HIGH")))).isEmpty();
        assertThat(ExpectedSubset.mismatches(expected, FeelJsonCodec.toJson(Map.of("selected", false,
                "level", "high")))).hasSize(2);
    }
}
