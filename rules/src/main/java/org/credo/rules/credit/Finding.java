package org.credo.rules.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule's finding that a ground of dishonesty holds.
 *
 * @param eventIds       the events it rests on
 * @param heldFrom       the first day the ground held
 * @param lastOccurrence the last day of the circumstance (the act, or the payment that ended arrears), from which
 *                       restoration periods run; {@code null} while it continues (arrears still unpaid on asOf)
 */
public record Finding(Ground ground, List<String> eventIds, LocalDate heldFrom, LocalDate lastOccurrence) {

    public Finding {
        eventIds = List.copyOf(eventIds);
    }
}
