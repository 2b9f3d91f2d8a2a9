package org.credo.rules.credit;

import java.time.LocalDate;

/** The day customs restores a dishonest enterprise's credit on its own. */
public record AutomaticRestoration(LocalDate from) {
}
