package org.credo.service.console;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The console's view of the current request: its language and the signed-in user, for a page's frame. */
@RequestScoped
public class ConsoleRequest {
    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private final CsrfTokenParameterProvider csrf;
    private String lang;

    public ConsoleRequest(RoutingContext routing, SecurityIdentity identity, CsrfTokenParameterProvider csrf) {
        this.routing = routing;
        this.identity = identity;
        this.csrf = csrf;
    }

    public String lang() {
        if (lang == null) {
            lang = ConsoleLanguage.of(routing);
        }
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    /** The signed-in user's name, or null on the sign-in page. */
    public String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public Chrome chrome(String section) {
        return new Chrome(lang(), user(), identity.getRoles(), section, path(), csrfToken());
    }

    /**
     * The frame of the sign-in page, which never asks who is signed in: a browser may bring a session cookie whose
     * session has ended, and the form must still show.
     */
    public Chrome signInChrome() {
        return new Chrome(lang(), null, Set.of(), "login", path(), csrfToken());
    }

    /**
     * The request's CSRF token: the one quarkus-rest-csrf issued or verified for it, else the one its cookie holds
     * (an error page of a request the filter never saw), else null.
     */
    private String csrfToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException notIssued) {
            Cookie cookie = routing.request().getCookie(csrf.getCookieName());
            return cookie == null ? null : cookie.getValue();
        }
    }

    private String path() {
        String query = routing.queryParams().entries().stream().filter(e -> !e.getKey().equals("lang"))
                .map(e -> Urls.encode(e.getKey()) + "=" + Urls.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return routing.request().path() + (query.isEmpty() ? "" : "?" + query);
    }

    /** A page rendered in the request's language. */
    public TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(locale());
    }
}
