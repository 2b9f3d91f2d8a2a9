package org.credo.service.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserNamesTest {
    @Test
    void caseSurroundingSpaceAndCompatibilityFormsNameTheSamePerson() {
        assertThat(UserNames.same("author", "AUTHOR")).isTrue();
        assertThat(UserNames.same("author", "  Author\t")).isTrue();
        assertThat(UserNames.same("author", "ａｕｔｈｏｒ")).isTrue();
        assertThat(UserNames.same("straße", "STRASSE")).isTrue();
    }

    @Test
    void differentNamesAndMissingNamesAreNotTheSamePerson() {
        assertThat(UserNames.same("author", "author2")).isFalse();
        assertThat(UserNames.same("auth or", "author")).isFalse();
        assertThat(UserNames.same(null, "author")).isFalse();
        assertThat(UserNames.same(null, null)).isFalse();
    }
}
