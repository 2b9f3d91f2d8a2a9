package org.credo.core;

import java.time.LocalDate;

/**
 * The day a decision is made for. engine-core inserts it into every DRL session (so windowed rules can measure
 * from it) and passes it to DMN models that declare an input data named {@code asOf}.
 */
public record AsOf(LocalDate day) {
}
