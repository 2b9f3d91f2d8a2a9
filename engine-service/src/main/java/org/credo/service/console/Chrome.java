package org.credo.service.console;

import java.util.Set;

/**
 * What every console page's frame needs: the language, who is signed in and with which roles, and where the page is
 * (for the navigation and the language switch).
 *
 * @param lang    {@code zh} or {@code en}
 * @param section the navigation entry to highlight: overview, rulesets, decisions, enterprises, decide
 * @param path    this page's path with its query, without {@code lang}
 * @param csrfToken the token the page's forms and htmx requests send back, or null when the request has none
 */
public record Chrome(String lang, String user, Set<String> roles, String section, String path, String csrfToken) {

    /** Whether the signed-in user has a role: the page shows only what the server would allow. */
    public boolean can(String role) {
        return roles.contains(role);
    }

    public boolean zh() {
        return lang.equals("zh");
    }

    /** The HTML {@code lang} attribute. */
    public String htmlLang() {
        return zh() ? "zh-CN" : "en";
    }

    /** This page in the given language. */
    public String switchTo(String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
