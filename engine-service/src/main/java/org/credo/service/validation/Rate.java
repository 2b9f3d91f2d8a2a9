package org.credo.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rate: a number in [0, 1] with at most 6 decimals. Null is valid (use {@code @NotNull} to require it). */
@Documented
@DecimalMin("0")
@DecimalMax("1")
@Digits(integer = 1, fraction = 6)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Rate {
    String message() default "must be a rate from 0 to 1 with at most 6 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
