package org.credo.service.console;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.util.Locale;
import java.util.stream.Collectors;

/** The console's view of the current request: its language and the signed-in user, for a page's frame. */
@RequestScoped
public class ConsoleRequest {
    private final RoutingContext routing;
    private final SecurityIdentity identity;
    private String lang;

    public ConsoleRequest(RoutingContext routing, SecurityIdentity identity) {
        this.routing = routing;
        this.identity = identity;
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
        String query = routing.queryParams().entries().stream().filter(e -> !e.getKey().equals("lang"))
                .map(e -> Urls.encode(e.getKey()) + "=" + Urls.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String path = routing.request().path() + (query.isEmpty() ? "" : "?" + query);
        return new Chrome(lang(), user(), identity.getRoles(), section, path);
    }

    /** A page rendered in the request's language. */
    public TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(locale());
    }
}
