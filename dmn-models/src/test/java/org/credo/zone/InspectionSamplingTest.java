package org.credo.zone;

import org.credo.core.KeyedSampler;
import org.credo.core.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyed selection over 10,000 synthetic declarations per credit class: the selected count stays within 4.5 standard
 * deviations of what the decided rates lead one to expect (a sum of independent Bernoulli draws).
 */
class InspectionSamplingTest {
    private static final int DECLARATIONS = 10_000;
    private static final KeyedSampler SAMPLER =
            new KeyedSampler("test-key-1", "credo sampling test key".getBytes(StandardCharsets.UTF_8));
    private static final List<String> MODES = List.of("9610", "9710", "9810", "1210", "1239", "0110");
    private static final List<String> HS_CODES = List.of("8471300000", "2710122000", "3304990000", "0306170000");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "ADVANCED_CERTIFIED, 2025-06-30", "GENERAL_CERTIFIED, 2020-09-01", "GENERAL_CREDIT, 2020-09-01",
            "CERTIFIED, 2026-11-26", "REGULAR, 2025-06-30", "DISHONEST, 2025-06-30", "SERIOUSLY_DISHONEST, 2025-06-30"})
    void selectedShareStaysWithinBinomialBoundsOfTheRate(String creditClass, LocalDate day) {
        RuleSet ruleSet = ShippedRuleSet.ruleSet();
        double expected = 0;
        double variance = 0;
        int selected = 0;
        for (int i = 1; i <= DECLARATIONS; i++) {
            String id = "DECL-%06d".formatted(i);
            String mode = MODES.get(i % MODES.size());
            String direction = mode.equals("9710") || mode.equals("9810") || i % 2 == 0 ? "EXPORT" : "IMPORT";
            Map<String, Object> inputs = Map.of("creditClass", creditClass, "customsMode", mode, "direction", direction,
                    "hsCode", HS_CODES.get(i % HS_CODES.size()), "declaredValueCny", new BigDecimal("5200.00"));
            BigDecimal rate = (BigDecimal) ruleSet.decide("inspection", inputs, day).outputs().get("inspectionRate");
            double p = rate.doubleValue();
            expected += p;
            variance += p * (1 - p);
            if (SAMPLER.selects(id, rate)) {
                selected++;
            }
        }
        double bound = 4.5 * Math.sqrt(variance);
        System.out.printf("%s: %d selected, %.1f expected, bound %.1f%n", creditClass, selected, expected, bound);
        assertThat((double) selected).isBetween(expected - bound, expected + bound);
    }
}
