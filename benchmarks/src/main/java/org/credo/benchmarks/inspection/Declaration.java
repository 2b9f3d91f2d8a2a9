package org.credo.benchmarks.inspection;

import java.time.LocalDate;

/** One customs declaration, as the inspection decision takes it. */
public record Declaration(String creditClass, String customsMode, String direction, String hsCode, LocalDate asOf) {

    /** The declaration date as a yyyymmdd number, the form the Camunda table compares. */
    int asOfDay() {
        return asOf.getYear() * 10_000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
    }
}
