package org.credo.service.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsccValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350600MA2Y8K3F13", "91350100M000100Y43", "91350200MA31AUDF0Q"})
    void codesWithTheRightCheckCharacterAreValid(String code) {
        assertThat(UsccValidator.isValid(code)).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsInvalid() {
        assertThat(UsccValidator.isValid("91350600MA2Y8K3F14")).isFalse();
    }

    @Test
    void checkValueThirtyOneIsWrittenAsZero() {
        // Σ mod 31 = 0 gives 31, which the standard writes as '0'
        assertThat(UsccValidator.isValid("000000000000000000")).isTrue();
        assertThat(UsccValidator.isValid("00000000000000000Y")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350600MA2Y8K3F1", "91350600MA2Y8K3F133", "91350600MI2Y8K3F13",
            "91350600ma2y8k3f13", "91350600MA2Y8K3FO3"})
    void wrongLengthsAndCharactersOutsideTheAlphabetAreInvalid(String code) {
        assertThat(UsccValidator.isValid(code)).isFalse();
    }
}
