package org.credo.zone;

import org.credo.core.RuleSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspection measures hold across the whole parameter grid: class × mode × direction × risk × regime day. */
class InspectionRatesLawTest {
    private static final List<String> CLASSES = List.of("ADVANCED_CERTIFIED", "GENERAL_CERTIFIED", "GENERAL_CREDIT",
            "CERTIFIED", "REGULAR", "DISHONEST", "SERIOUSLY_DISHONEST");
    private static final List<String> MODES = List.of("9610", "9710", "9810", "1210", "1239", "0110");
    private static final Map<String, String> HS_BY_RISK =
            Map.of("LOW", "8471300000", "MEDIUM", "2710122000", "HIGH", "3304990000");
    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2018-05-01"), LocalDate.parse("2020-07-14"),
            LocalDate.parse("2020-07-15"), LocalDate.parse("2021-10-31"), LocalDate.parse("2021-11-01"),
            LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-01"));
    private static final BigDecimal ADVANCED_LIMIT = new BigDecimal("0.2");
    private static final BigDecimal GENERAL_CERTIFIED_LIMIT = new BigDecimal("0.5");
    private static final BigDecimal DISHONEST_FLOOR = new BigDecimal("0.8");

    private record Rate(BigDecimal inspection, BigDecimal regular, String goodsRisk) {
    }

    @Test
    void everyRateRespectsTheLawForItsClass() {
        var violations = new ArrayList<String>();
        for (LocalDate day : DAYS) {
            for (String creditClass : CLASSES) {
                for (String mode : MODES) {
                    for (String direction : List.of("IMPORT", "EXPORT")) {
                        for (String risk : HS_BY_RISK.keySet()) {
                            Rate rate = decide(creditClass, mode, direction, risk, day);
                            String at = "%s %s %s %s %s: %s of %s".formatted(day, creditClass, mode, direction, risk,
                                    rate.inspection(), rate.regular());
                            if (!rate.goodsRisk().equals(risk)) {
                                violations.add(at + " has goods risk " + rate.goodsRisk());
                            }
                            if (rate.inspection().signum() < 0 || rate.inspection().compareTo(BigDecimal.ONE) > 0) {
                                violations.add(at + " is outside [0, 1]");
                            }
                            violations.addAll(classMeasureViolations(creditClass, day, rate, at));
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void anHonestB2bExporterGetsALowerRateThanGeneralTradeExportOfTheSameGoods() {
        var violations = new ArrayList<String>();
        LocalDate day = LocalDate.parse("2025-06-30");
        for (String creditClass : List.of("ADVANCED_CERTIFIED", "REGULAR", "GENERAL_CREDIT", "CERTIFIED")) {
            for (String risk : HS_BY_RISK.keySet()) {
                BigDecimal generalTrade = decide(creditClass, "0110", "EXPORT", risk, day).inspection();
                for (String b2b : List.of("9710", "9810")) {
                    BigDecimal rate = decide(creditClass, b2b, "EXPORT", risk, day).inspection();
                    if (rate.compareTo(generalTrade) >= 0) {
                        violations.add("%s %s %s: %s not below 0110's %s".formatted(creditClass, b2b, risk, rate,
                                generalTrade));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> classMeasureViolations(String creditClass, LocalDate day, Rate rate, String at) {
        BigDecimal regular = rate.regular();
        boolean order237 = day.isBefore(LocalDate.parse("2021-11-01"));
        return switch (creditClass) {
            case "ADVANCED_CERTIFIED" -> rate.inspection().compareTo(regular.multiply(ADVANCED_LIMIT)) < 0
                    ? List.of() : List.of(at + ": advanced certified not below 20% of the regular rate");
            case "GENERAL_CERTIFIED" -> !order237
                    || rate.inspection().compareTo(regular.multiply(GENERAL_CERTIFIED_LIMIT)) <= 0
                    ? List.of() : List.of(at + ": general certified above 50% of the general-credit rate");
            case "DISHONEST", "SERIOUSLY_DISHONEST" -> rate.inspection().compareTo(DISHONEST_FLOOR) >= 0
                    ? List.of() : List.of(at + ": dishonest below 80%");
            default -> rate.inspection().compareTo(regular) <= 0
                    ? List.of() : List.of(at + ": above the regular rate");
        };
    }

    private static Rate decide(String creditClass, String mode, String direction, String risk, LocalDate day) {
        RuleSet ruleSet = ShippedRuleSet.ruleSet();
        var outputs = ruleSet.decide("inspection", Map.of("creditClass", creditClass, "customsMode", mode,
                "direction", direction, "hsCode", HS_BY_RISK.get(risk), "declaredValueCny", new BigDecimal("1000")),
                day).outputs();
        return new Rate((BigDecimal) outputs.get("inspectionRate"), (BigDecimal) outputs.get("regularRate"),
                (String) outputs.get("goodsRisk"));
    }
}
