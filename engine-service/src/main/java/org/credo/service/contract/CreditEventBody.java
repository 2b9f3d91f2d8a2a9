package org.credo.service.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.credo.service.validation.Amount;
import org.credo.service.validation.DateInRange;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One credit event, as the contract has it. */
public record CreditEventBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Alnum}._:/-]+") String eventId,
        @NotNull Enumerations.CreditEventType type,
        @NotNull @DateInRange LocalDate occurredOn,
        @Amount BigDecimal amountCny,
        @DateInRange LocalDate dueDate,
        @DateInRange LocalDate paidOn,
        Boolean subjectiveIntent) {
}
