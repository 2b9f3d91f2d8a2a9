package org.credo.service.decision;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/decisions/retail-import}. Rates are in [0, 1] but the tariff rate, in [0, 10]: an extension
 * of the contract, needed only for a single item at full tax (without it that answers 422 naming it).
 */
public record RetailImportRequest(
        @NotNull @PositiveOrZero BigDecimal orderValueCny,
        @NotNull @Positive Integer itemCount,
        @NotNull @PositiveOrZero BigDecimal annualUsedCny,
        @NotNull @PositiveOrZero @DecimalMax("1") BigDecimal vatRate,
        @NotNull @PositiveOrZero @DecimalMax("1") BigDecimal consumptionTaxRate,
        @PositiveOrZero @DecimalMax("10") BigDecimal tariffRate) {
}
