package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.DateInRange;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/decisions/fx-electronic-settlement} (an addition to the contract). {@code licensed},
 * {@code listRegistered} and {@code partnerBank} are a payment institution's conditions: it must state them (else
 * 422), a bank's are ignored.
 */
public record FxElectronicSettlementRequest(
        @NotNull Enumerations.SettlementProvider provider,
        @NotNull @DateInRange LocalDate settlementDate,
        @NotNull Boolean customerIdentified,
        @NotNull Boolean transactionInfoCollected,
        @NotNull Boolean authenticityReviewed,
        Boolean licensed,
        Boolean listRegistered,
        Boolean partnerBank) {
}
