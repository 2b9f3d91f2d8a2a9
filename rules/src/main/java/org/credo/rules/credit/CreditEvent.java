package org.credo.rules.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit event of the enterprise, as the contract has it. Dates, amounts and intent may be {@code null} where the
 * caller did not give them.
 *
 * @param subjectiveIntent whether the act was intentional; only an explicit {@code false} can earn relief
 */
public record CreditEvent(String eventId, EventType type, LocalDate occurredOn, BigDecimal amountCny,
                          LocalDate dueDate, LocalDate paidOn, Boolean subjectiveIntent) {
}
