package org.credo.service.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One credit event, as the contract has it. */
public record CreditEventBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Alnum}._:/-]+") String eventId,
        @NotNull Enumerations.CreditEventType type,
        @NotNull LocalDate occurredOn,
        @PositiveOrZero BigDecimal amountCny,
        LocalDate dueDate,
        LocalDate paidOn,
        Boolean subjectiveIntent) {
}
