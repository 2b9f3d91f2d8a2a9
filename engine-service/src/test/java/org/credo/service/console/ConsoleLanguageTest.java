package org.credo.service.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLanguageTest {

    @Test
    void anyChineseVariantPicksChinese() {
        assertThat(ConsoleLanguage.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("zh");
        assertThat(ConsoleLanguage.fromAcceptLanguage("zh-TW")).isEqualTo("zh");
    }

    @Test
    void theBrowsersOrderDecidesBetweenTheTwo() {
        assertThat(ConsoleLanguage.fromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo("en");
        assertThat(ConsoleLanguage.fromAcceptLanguage("fr-FR,zh;q=0.5")).isEqualTo("zh");
    }

    @Test
    void noneMissingOrMalformedFallsBackToEnglish() {
        assertThat(ConsoleLanguage.fromAcceptLanguage(null)).isEqualTo("en");
        assertThat(ConsoleLanguage.fromAcceptLanguage("de-DE")).isEqualTo("en");
        assertThat(ConsoleLanguage.fromAcceptLanguage("zh;q=oops")).isEqualTo("en");
    }
}
