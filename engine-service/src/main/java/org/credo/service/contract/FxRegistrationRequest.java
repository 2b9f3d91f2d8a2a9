package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.Amount;
import org.credo.service.validation.Uscc;

import java.math.BigDecimal;

/** {@code POST /api/v1/decisions/fx-registration}. */
public record FxRegistrationRequest(
        @NotNull @Uscc String enterpriseId,
        @NotNull Boolean smallMicroCbec,
        @NotNull @Amount BigDecimal annualReceiptsUsd,
        @NotNull @Amount BigDecimal annualPaymentsUsd,
        @NotNull Boolean registered) {
}
