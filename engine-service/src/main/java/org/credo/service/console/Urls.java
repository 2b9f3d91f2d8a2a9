package org.credo.service.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL encoding for links the console builds. */
final class Urls {
    private Urls() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
