package org.credo.service.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * With {@code credo.sign-in.secure-cookies} (the production profile), every cookie the service sets is
 * {@code Secure}: the form session, the console session token, the CSRF token and the language choice. Quarkus marks
 * its form cookie {@code Secure} only when the request itself came over TLS, which behind a TLS-terminating proxy it
 * does not. Only the cookies this response sets are touched (the ones the browser sent are not set again).
 */
@ApplicationScoped
public class SecureCookies {
    private final boolean enabled;

    public SecureCookies(SignInConfig config) {
        this.enabled = config.secureCookies();
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 3).handler(this::secure);
        }
    }

    private void secure(RoutingContext routing) {
        routing.addHeadersEndHandler(ignored -> {
            for (Cookie cookie : routing.request().cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged()) {
                    cookie.setSecure(true);
                }
            }
        });
        routing.next();
    }
}
