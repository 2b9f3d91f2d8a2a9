package org.credo.service.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.credo.service.validation.Amount;
import org.credo.service.validation.DateInRange;
import org.credo.service.validation.Uscc;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/v1/decisions/inspection}: one declaration. */
public record InspectionRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Alnum}._:/-]+") String declarationId,
        @NotNull @Uscc String enterpriseId,
        @NotNull Enumerations.CustomsMode customsMode,
        @NotNull Enumerations.Direction direction,
        @NotNull @Amount BigDecimal declaredValueCny,
        @NotNull @Pattern(regexp = "\\d{6,10}", message = "must be 6 to 10 digits") String hsCode,
        @NotNull @DateInRange LocalDate declarationDate) {
}
