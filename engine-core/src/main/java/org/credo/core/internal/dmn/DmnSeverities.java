package org.credo.core.internal.dmn;

import org.credo.core.Severity;
import org.kie.dmn.api.core.DMNMessage;

/**
 * Kie's message severities as Credo's: {@code ERROR} → {@link Severity#ERROR} (the bundle does not compile),
 * {@code WARN} → {@link Severity#WARNING}, {@code INFO} and {@code TRACE} → {@link Severity#INFO}. Kie's decision-table analysis
 * chooses the severity by hit policy: an overlap in a UNIQUE table and a masked rule in a PRIORITY table are
 * errors, a gap is a warning, so those stop a bundle and these do not.
 */
final class DmnSeverities {
    private DmnSeverities() {
    }

    static Severity of(DMNMessage.Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.ERROR;
            case WARN -> Severity.WARNING;
            case INFO, TRACE -> Severity.INFO;
        };
    }
}
