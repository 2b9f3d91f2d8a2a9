package org.credo.service.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * quarkus-rest-csrf, which guards the console's forms, refuses every post with a form content type and no token.
 * HTTP clients put a form content type on a post without a body ({@code curl -d ''}, Rest Assured), and the API's
 * approve, reject and activate take no body: on such an API request the meaningless content type is dropped, so the
 * API stays as it was. An API request with a form body is still refused (the API takes no forms).
 */
public class BodilessApiPosts {
    @ServerRequestFilter(preMatching = true)
    public void dropTheContentTypeOfAnEmptyBody(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.getType().equals("application") && type.getSubtype().equals("x-www-form-urlencoded")
                && "0".equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))
                && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
