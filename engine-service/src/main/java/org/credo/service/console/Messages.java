package org.credo.service.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The console's messages for Java code (chart titles), in a language. */
final class Messages {
    private Messages() {
    }

    static ConsoleMessages in(String lang) {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(lang));
    }
}
