package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.DateInRange;
import org.credo.service.validation.Uscc;

import java.time.LocalDate;

/** {@code POST /api/v1/decisions/fx-loan-conversion} (an addition to the contract). */
public record FxLoanConversionRequest(
        @NotNull @Uscc String enterpriseId,
        @NotNull @DateInRange LocalDate conversionDate,
        @NotNull Boolean exportBackground,
        @NotNull Enumerations.RepaymentSource repaymentSource) {
}
