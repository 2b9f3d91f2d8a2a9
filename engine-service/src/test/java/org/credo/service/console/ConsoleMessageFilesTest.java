package org.credo.service.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every console message has its text in both languages' files, and the files hold no text without a message. */
class ConsoleMessageFilesTest {
    private static final Set<String> MESSAGES = Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
            .map(Method::getName).collect(Collectors.toSet());

    @Test
    void everyMessageHasAnEnglishTextAndNoEnglishTextLacksItsMessage() throws IOException {
        assertEveryMessageHasATextIn("messages/msg_en.properties");
    }

    @Test
    void everyMessageHasAChineseTextAndNoChineseTextLacksItsMessage() throws IOException {
        assertEveryMessageHasATextIn("messages/msg_zh.properties");
    }

    @Test
    void theInterfaceHoldsNoTexts() {
        assertThat(Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(io.quarkus.qute.i18n.Message.class)))
                .as("texts belong in the message files").isEmpty();
    }

    private static void assertEveryMessageHasATextIn(String resource) throws IOException {
        var texts = new Properties();
        try (var in = ConsoleMessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(texts.stringPropertyNames()).as("the keys of " + resource)
                .containsExactlyInAnyOrderElementsOf(MESSAGES);
        assertThat(texts.stringPropertyNames()).as("keys with a blank text in " + resource)
                .filteredOn(key -> texts.getProperty(key).isBlank()).isEmpty();
    }
}
