package org.credo.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Unified Social Credit Code (GB 32100-2015): 18 characters of {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} whose last
 * is the check character over the first 17. Null is valid (use {@code @NotNull} to require it).
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Uscc {
    String message() default "is not a Unified Social Credit Code (18 characters with a valid check character)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
