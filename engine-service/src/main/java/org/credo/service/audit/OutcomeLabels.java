package org.credo.service.audit;

import org.credo.service.contract.OutcomeLabel;

/**
 * A stored decision's outcome in one word, for counting and searching: its {@link OutcomeLabel}, or
 * {@code unreadable} for a record whose stored body cannot be read. The store keeps it in the record's
 * {@code outcome} column and in the daily roll-up.
 */
public final class OutcomeLabels {
    /** The longest label stored; a longer one (a credit class of a rule set gone wrong) is cut. */
    static final int MAX_LENGTH = 200;

    private OutcomeLabels() {
    }

    public static String of(AuditRecord record) {
        if (!record.readable()) {
            return "unreadable";
        }
        String label = OutcomeLabel.of(record.outputs());
        return label.length() > MAX_LENGTH ? label.substring(0, MAX_LENGTH) : label;
    }
}
