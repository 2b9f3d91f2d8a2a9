package org.credo.service.console;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/**
 * Every state-changing console request must carry the CSRF token. quarkus-rest-csrf checks the token of form posts
 * (the hidden field) and of requests with the {@code X-CSRF-TOKEN} header (htmx), and lets other content types pass
 * so that the JSON API, which cookies do not authenticate, needs no token. This filter refuses the console requests
 * the extension would let pass unchecked: those with neither the header nor a form body (a body-less or
 * {@code text/plain} post, say).
 */
public class ConsoleCsrf {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String tokenHeader;

    @ServerRequestFilter
    public Optional<Response> requireToken(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || !isConsole(routing.normalizedPath())
                || request.getHeaderString(tokenHeader) != null || isForm(request.getMediaType())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(400).build());
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.getType().equals("application") && type.getSubtype().equals("x-www-form-urlencoded")
                || type.getType().equals("multipart") && type.getSubtype().equals("form-data"));
    }

    private static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }
}
