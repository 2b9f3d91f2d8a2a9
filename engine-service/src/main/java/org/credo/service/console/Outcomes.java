package org.credo.service.console;

import org.credo.service.audit.AuditRecord;
import org.credo.service.contract.OutcomeLabel;

/**
 * A stored decision's outcome in one word, for counting and searching: its {@link OutcomeLabel}, or
 * {@code unreadable} for a record whose stored body cannot be read.
 */
final class Outcomes {
    private Outcomes() {
    }

    static String of(AuditRecord record) {
        return record.readable() ? OutcomeLabel.of(record.outputs()) : "unreadable";
    }
}
