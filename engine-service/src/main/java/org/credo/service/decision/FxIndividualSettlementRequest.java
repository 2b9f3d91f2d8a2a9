package org.credo.service.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** {@code POST /api/v1/decisions/fx-individual-settlement}. */
public record FxIndividualSettlementRequest(
        @NotNull @PositiveOrZero BigDecimal amountUsd,
        @NotNull Boolean cbecProceeds,
        @NotNull Boolean transactionProof,
        @NotNull @PositiveOrZero BigDecimal quotaUsedUsd) {
}
