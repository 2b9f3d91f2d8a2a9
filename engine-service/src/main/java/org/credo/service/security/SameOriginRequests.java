package org.credo.service.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.Set;

/**
 * A state-changing request that a browser says comes from another origin is refused 403 before anything else runs:
 * a page elsewhere cannot make a signed-in browser (session cookie, or Basic credentials it remembers) post to the
 * console, its sign-in form or the API. Browsers send {@code Origin} on every POST; where it is missing the
 * {@code Referer} is checked; a request with neither (a customs system, curl) passes, and the console's CSRF token
 * still guards its forms. Behind a proxy, let Quarkus trust its forwarded headers ({@code quarkus.http.proxy.*}) so
 * the service sees the scheme and host the browser used.
 */
@ApplicationScoped
public class SameOriginRequests {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String REFUSAL = """
            {"type":"urn:credo:problem:cross-origin","title":"Forbidden","status":403,\
            "detail":"a state-changing request from another origin is refused"}""";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (SAFE.contains(request.method())) {
            routing.next();
            return;
        }
        String source = request.getHeader("Origin");
        if (source == null) {
            source = originOf(request.getHeader("Referer"));
        }
        if (source == null || source.equalsIgnoreCase(request.scheme() + "://" + request.authority())) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json").end(REFUSAL);
    }

    /** The origin of a referring URL ({@code "null"} when it has none), or null without a referrer. */
    static String originOf(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? "null"
                    : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException malformed) {
            return "null";
        }
    }
}
