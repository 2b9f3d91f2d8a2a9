package org.credo.benchmarks.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every engine must agree on: the inspection rate, the goods risk and the regular average rate. Rates compare by
 * value rounded to twelve places, because Camunda computes in binary floating point where the others use decimals.
 */
public record Verdict(BigDecimal inspectionRate, String goodsRisk, BigDecimal regularRate) {

    public boolean agreesWith(Verdict other) {
        return same(inspectionRate, other.inspectionRate) && goodsRisk.equals(other.goodsRisk)
                && same(regularRate, other.regularRate);
    }

    static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.setScale(12, RoundingMode.HALF_EVEN).compareTo(b.setScale(12, RoundingMode.HALF_EVEN)) == 0;
    }
}
