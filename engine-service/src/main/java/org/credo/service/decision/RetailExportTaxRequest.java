package org.credo.service.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

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
        @NotNull LocalDate exportDate,
        @NotNull @PositiveOrZero BigDecimal revenueCny) {
}
