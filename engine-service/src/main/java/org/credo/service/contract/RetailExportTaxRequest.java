package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.Amount;
import org.credo.service.validation.DateInRange;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/v1/decisions/retail-export-tax}. */
public record RetailExportTaxRequest(
        @NotNull Boolean registeredInZone,
        @NotNull Boolean platformRecorded,
        @NotNull Boolean declaredAtZoneCustoms,
        @NotNull Boolean onCancelledRefundList,
        @NotNull Boolean hasPurchaseInvoice,
        @NotNull Enumerations.CustomsMode customsMode,
        @NotNull @DateInRange LocalDate exportDate,
        @NotNull @Amount BigDecimal revenueCny) {
}
