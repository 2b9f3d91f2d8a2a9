package org.credo.service.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code POST /api/v1/decisions/fx-advance-payment}. */
public record FxAdvancePaymentRequest(
        @NotNull Enumerations.AdvancerKind advancerKind,
        @NotNull Boolean affiliated,
        @NotNull @PositiveOrZero @Max(1200) Integer termMonths) {
}
