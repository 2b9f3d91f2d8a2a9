package org.credo.service.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.credo.service.validation.Amount;
import org.credo.service.validation.Rate;

import java.math.BigDecimal;

/** {@code POST /api/v1/decisions/retail-import}. Rates are in [0, 1]. */
public record RetailImportRequest(
        @NotNull @Amount BigDecimal orderValueCny,
        @NotNull @Positive @Max(1_000_000) Integer itemCount,
        @NotNull @Amount BigDecimal annualUsedCny,
        @NotNull @Rate BigDecimal vatRate,
        @NotNull @Rate BigDecimal consumptionTaxRate) {
}
