package org.credo.service.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

/** Checks that a day lies in the window every request date must lie in (bodies and query parameters alike). */
public class DateInRangeValidator implements ConstraintValidator<DateInRange, LocalDate> {
    /** The first day a request may name. */
    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    /** The last day a request may name. */
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    /** Whether the day lies in [{@link #FIRST}, {@link #LAST}]. */
    public static boolean isValid(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }
}
