package org.credo.service.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.credo.service.validation.DateInRange;
import org.credo.service.validation.Uscc;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/decisions/credit-classification}: the caller supplies the facts. {@code generalCertified}
 * (optional, default false) extends the contract: general-certified under Order 237, certified under Order 282.
 */
public record CreditClassificationRequest(
        @NotNull @Uscc String enterpriseId,
        @NotNull Enumerations.EnterpriseKind enterpriseKind,
        @NotNull Boolean advancedCertified,
        Boolean generalCertified,
        @PositiveOrZero @Max(1_000_000_000) Long priorYearDocumentCount,
        @DateInRange LocalDate asOf,
        @Size(max = 10_000) List<@NotNull @Valid CreditEventBody> events) {

    public List<CreditEventBody> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }
}
