package org.credo.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON input context of bounded size, as {@link BoundedContextValidator} defines it: every number, string, name,
 * container and the nesting are limited, and each value beyond a limit is a violation naming its path. Null is valid.
 */
@Documented
@Constraint(validatedBy = BoundedContextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedContext {
    String message() default "is beyond the limits of an input context";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
