package org.credo.service.console;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Locale;

/**
 * The console's language for one request: {@code ?lang=zh|en} switches and is remembered in a cookie; without a
 * switch the cookie decides; without a cookie the browser's {@code Accept-Language}; English otherwise.
 */
public final class ConsoleLanguage {
    static final String COOKIE = "credo-lang";
    static final List<String> SUPPORTED = List.of("zh", "en");
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("zh"), Locale.ENGLISH);

    private ConsoleLanguage() {
    }

    /** {@code zh} or {@code en}; a switch in the query also sets the cookie. */
    public static String of(RoutingContext request) {
        String switched = request.queryParams().get("lang");
        if (switched != null && SUPPORTED.contains(switched)) {
            request.response().addCookie(Cookie.cookie(COOKIE, switched).setPath("/").setHttpOnly(true)
                    .setMaxAge(365L * 24 * 3600).setSameSite(io.vertx.core.http.CookieSameSite.LAX));
            return switched;
        }
        Cookie remembered = request.request().getCookie(COOKIE);
        if (remembered != null && SUPPORTED.contains(remembered.getValue())) {
            return remembered.getValue();
        }
        return fromAcceptLanguage(request.request().getHeader("Accept-Language"));
    }

    /** The best supported language for an {@code Accept-Language} header, English when none fits. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LOCALES);
            return best == null ? "en" : best.getLanguage();
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }
}
