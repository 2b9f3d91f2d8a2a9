package org.credo.service.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.credo.service.contract.Enumerations.EnterpriseKind;

/**
 * {@code PUT /api/v1/enterprises/{enterpriseId}}: what the registry knows of an enterprise. {@code generalCertified}
 * (optional, default false) extends the contract: general-certified under Order 237, certified under Order 282.
 */
public record EnterpriseBody(
        @NotBlank @Size(max = 500) String name,
        @NotNull EnterpriseKind enterpriseKind,
        @NotNull Boolean advancedCertified,
        Boolean generalCertified,
        @PositiveOrZero @Max(1_000_000_000) Long priorYearDocumentCount) {
}
