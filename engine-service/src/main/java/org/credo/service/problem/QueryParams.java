package org.credo.service.problem;

import org.credo.service.validation.DateInRangeValidator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads query parameters so that a malformed one is a 400 naming it (JAX-RS conversion would answer 404). */
public final class QueryParams {
    private QueryParams() {
    }

    /** An integer in [min, max], or {@code fallback} when absent. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw invalid(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be an integer");
        }
    }

    /** A date {@code YYYY-MM-DD} in the window of {@link DateInRangeValidator}, or {@code fallback} when absent. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)");
        }
        return inRange(name, day);
    }

    /** The day itself when it lies in the window of {@link DateInRangeValidator}; else a 400 naming the parameter. */
    public static LocalDate inRange(String name, LocalDate day) {
        if (!DateInRangeValidator.isValid(day)) {
            throw invalid(name, "must be a date from " + DateInRangeValidator.FIRST + " to "
                    + DateInRangeValidator.LAST);
        }
        return day;
    }

    /** A 400 problem naming one invalid parameter. */
    public static InvalidParameterException invalid(String name, String message) {
        return new InvalidParameterException(name, message);
    }

    /** An invalid query parameter; answered 400 with one violation. */
    public static final class InvalidParameterException extends ApiException {
        private final String parameter;
        private final String message;

        InvalidParameterException(String parameter, String message) {
            super(400, "invalid-input", "Invalid input", "invalid parameter: " + parameter);
            this.parameter = parameter;
            this.message = message;
        }

        @Override
        public ApiProblem toProblem() {
            return ApiProblem.invalid(getMessage(), List.of(new ApiProblem.Violation(parameter, message)));
        }
    }
}
