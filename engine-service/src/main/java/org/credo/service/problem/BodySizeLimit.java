package org.credo.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with 413 problem+json before it is
 * read, so that oversized bodies get the same error shape as every other client error.
 */
@ApplicationScoped
public class BodySizeLimit {
    private final long maxBytes;
    private final String problem;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         ObjectMapper mapper) throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.problem = mapper.writeValueAsString(ApiProblem.of(413, "body-too-large", "Content too large",
                "the body exceeds " + maxBytes + " bytes"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(problem);
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
