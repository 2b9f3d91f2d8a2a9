package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.Amount;

import java.math.BigDecimal;

/** {@code POST /api/v1/decisions/fx-individual-settlement}. */
public record FxIndividualSettlementRequest(
        @NotNull @Amount BigDecimal amountUsd,
        @NotNull Boolean cbecProceeds,
        @NotNull Boolean transactionProof,
        @NotNull @Amount BigDecimal quotaUsedUsd) {
}
