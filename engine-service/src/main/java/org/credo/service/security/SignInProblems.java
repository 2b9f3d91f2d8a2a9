package org.credo.service.security;

import jakarta.ws.rs.core.Response;
import org.credo.service.problem.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A throttled sign-in on the API: 429 problem+json with {@code Retry-After}. */
public class SignInProblems {
    @ServerExceptionMapper
    public Response throttled(SignInThrottled e) {
        return Response.status(429).header("Retry-After", e.retryAfterSeconds()).type(ApiProblem.MEDIA_TYPE)
                .entity(ApiProblem.of(429, "sign-in-throttled", "Too many requests", e.getMessage())).build();
    }
}
