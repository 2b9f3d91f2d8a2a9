package org.credo.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A day the service decides about: from {@link DateInRangeValidator#FIRST} to {@link DateInRangeValidator#LAST}.
 * Null is valid (use {@code @NotNull} to require it).
 */
@Documented
@Constraint(validatedBy = DateInRangeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateInRange {
    String message() default "must be a date from 1990-01-01 to 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
