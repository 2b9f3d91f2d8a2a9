package org.credo.service.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a Unified Social Credit Code's alphabet, length and check character. */
public class UsccValidator implements ConstraintValidator<Uscc, String> {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    /** Whether the code is 18 characters of the alphabet with the right check character. */
    public static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.charAt(17) == ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
