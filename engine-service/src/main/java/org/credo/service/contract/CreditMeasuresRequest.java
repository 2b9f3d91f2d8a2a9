package org.credo.service.contract;

import jakarta.validation.constraints.NotNull;
import org.credo.service.validation.DateInRange;
import org.credo.service.validation.Uscc;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/decisions/credit-measures} (an addition to the contract): the measures for an enterprise's
 * credit class on a day. Without {@code creditClass} the class is the registry's, classified as of {@code asOf}
 * (default: today in the zone).
 */
public record CreditMeasuresRequest(
        @NotNull @Uscc String enterpriseId,
        Enumerations.CreditClass creditClass,
        @DateInRange LocalDate asOf) {
}
