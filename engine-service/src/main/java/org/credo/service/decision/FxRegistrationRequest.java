package org.credo.service.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.credo.service.validation.Uscc;

import java.math.BigDecimal;

/** {@code POST /api/v1/decisions/fx-registration}. */
public record FxRegistrationRequest(
        @NotNull @Uscc String enterpriseId,
        @NotNull Boolean smallMicroCbec,
        @NotNull @PositiveOrZero BigDecimal annualReceiptsUsd,
        @NotNull @PositiveOrZero BigDecimal annualPaymentsUsd,
        @NotNull Boolean registered) {
}
