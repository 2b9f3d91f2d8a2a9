package org.credo.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money (CNY or USD): from 0 to 9,999,999,999,999,999.99, at most 16 digits before the point and 2 after
 * (18 in all, a {@code NUMERIC(18, 2)}). Checked from precision and scale alone, so a value such as {@code 1e999999999}
 * is refused without ever being written out. Null is valid (use {@code @NotNull} to require it).
 */
@Documented
@DecimalMin("0")
@Digits(integer = 16, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "must be an amount from 0 to 9999999999999999.99 with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
