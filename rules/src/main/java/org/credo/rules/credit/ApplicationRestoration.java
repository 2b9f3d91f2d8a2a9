package org.credo.rules.credit;

import java.time.LocalDate;

/** The first day a dishonest enterprise may apply for credit restoration. */
public record ApplicationRestoration(LocalDate from) {
}
