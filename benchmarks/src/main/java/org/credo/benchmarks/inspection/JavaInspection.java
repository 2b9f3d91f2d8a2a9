package org.credo.benchmarks.inspection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * (d) The inspection decision written by hand in Java: the lower bound. Same tables, same decimal arithmetic as FEEL
 * (DECIMAL128), no trace.
 */
public final class JavaInspection implements InspectionEngine {
    private static final LocalDate PILOT = LocalDate.parse("2020-07-15");
    private static final LocalDate ORDER_251 = LocalDate.parse("2021-11-01");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ADVANCED = new BigDecimal("0.15");
    private static final BigDecimal DISHONEST = new BigDecimal("0.85");

    private final Declaration[] declarations;

    public JavaInspection(Declaration[] declarations) {
        this.declarations = declarations;
    }

    @Override
    public Verdict decide(int index) {
        Declaration d = declarations[index];
        String risk = goodsRisk(Integer.parseInt(d.hsCode().substring(0, 2)));
        BigDecimal regular = regularRate(d.customsMode(), d.direction(), risk);
        BigDecimal rate = switch (d.creditClass()) {
            case "DISHONEST" -> DISHONEST;
            case "SERIOUSLY_DISHONEST" -> ONE;
            default -> regular.multiply(classFactor(d.creditClass(), d.asOf()), MathContext.DECIMAL128)
                    .multiply(pilotFactor(d.customsMode(), d.direction(), d.asOf()), MathContext.DECIMAL128);
        };
        return new Verdict(rate, risk, regular);
    }

    @Override
    public Verdict verdict(Object result) {
        return (Verdict) result;
    }

    private static String goodsRisk(int chapter) {
        if (chapter < 1 || chapter > 99) {
            throw new IllegalArgumentException("no HS chapter " + chapter);
        }
        if (chapter < 25 || chapter >= 28 && chapter < 39 || chapter == 93) {
            return "HIGH";
        }
        if (chapter < 28 || chapter == 71 || chapter >= 97) {
            return "MEDIUM";
        }
        return "LOW";
    }

    private static BigDecimal regularRate(String mode, String direction, String risk) {
        boolean generalTrade = mode.equals("0110") || mode.equals("9710") || mode.equals("9810");
        int column = risk.equals("LOW") ? 0 : risk.equals("MEDIUM") ? 1 : 2;
        BigDecimal[] rates = direction.equals("EXPORT")
                ? generalTrade ? Rates.EXPORT_GENERAL_TRADE : Rates.EXPORT_CROSS_BORDER
                : generalTrade ? Rates.IMPORT_GENERAL_TRADE : Rates.IMPORT_CROSS_BORDER;
        return rates[column];
    }

    private static BigDecimal classFactor(String creditClass, LocalDate asOf) {
        return switch (creditClass) {
            case "ADVANCED_CERTIFIED" -> ADVANCED;
            case "GENERAL_CERTIFIED" -> asOf.isBefore(ORDER_251) ? HALF : ONE;
            case "CERTIFIED" -> HALF;
            case "GENERAL_CREDIT", "REGULAR" -> ONE;
            default -> throw new IllegalArgumentException("no credit class " + creditClass);
        };
    }

    private static BigDecimal pilotFactor(String mode, String direction, LocalDate asOf) {
        boolean b2b = mode.equals("9710") || mode.equals("9810");
        return b2b && direction.equals("EXPORT") && !asOf.isBefore(PILOT) ? HALF : ONE;
    }

    /** Regular average rates by low, medium, high goods risk. */
    private static final class Rates {
        static final BigDecimal[] EXPORT_GENERAL_TRADE = rates("0.012", "0.0244", "0.05");
        static final BigDecimal[] EXPORT_CROSS_BORDER = rates("0.006", "0.015", "0.04");
        static final BigDecimal[] IMPORT_GENERAL_TRADE = rates("0.015", "0.03", "0.06");
        static final BigDecimal[] IMPORT_CROSS_BORDER = rates("0.01", "0.02", "0.05");

        private static BigDecimal[] rates(String low, String medium, String high) {
            return new BigDecimal[] {new BigDecimal(low), new BigDecimal(medium), new BigDecimal(high)};
        }
    }
}
