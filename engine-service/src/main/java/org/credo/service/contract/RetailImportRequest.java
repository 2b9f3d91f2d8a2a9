package org.credo.service.contract;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.credo.service.validation.Amount;
import org.credo.service.validation.DateInRange;
import org.credo.service.validation.Rate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/decisions/retail-import}. Rates are in [0, 1] but the tariff rate, in [0, 10]: an extension
 * of the contract, needed only for a single item at full tax (without it that answers 422 naming it).
 * {@code declarationDate} (optional, an extension of the contract like the inspection's field of that name, default
 * today in the zone) selects the limits in force: 财关税〔2016〕18号 from 2016-04-08, 财关税〔2018〕49号 from 2019-01-01;
 * before 2016-04-08 there is no regime (422 naming it).
 */
public record RetailImportRequest(
        @NotNull @Amount BigDecimal orderValueCny,
        @NotNull @Positive @Max(1_000_000) Integer itemCount,
        @NotNull @Amount BigDecimal annualUsedCny,
        @NotNull @Rate BigDecimal vatRate,
        @NotNull @Rate BigDecimal consumptionTaxRate,
        @PositiveOrZero @DecimalMax("10") @Digits(integer = 2, fraction = 6) BigDecimal tariffRate,
        @DateInRange LocalDate declarationDate) {

    /** This request with its declaration date set, as it is decided and recorded. */
    public RetailImportRequest declaredOn(LocalDate day) {
        return new RetailImportRequest(orderValueCny, itemCount, annualUsedCny, vatRate, consumptionTaxRate,
                tariffRate, day);
    }
}
