package org.credo.rules.credit;

import java.time.LocalDate;

/** The day from which one active finding no longer stands in the way of restoration on application. */
public record ApplicationPoint(Finding finding, LocalDate from) {
}
