package org.credo.service.shutdown;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The graceful stop's front door. On SIGTERM readiness goes DOWN and requests are still served for the shutdown
 * delay ({@code quarkus.shutdown.delay}), so a load balancer can take the instance out; after it, every new request
 * but {@code /q/} (health, metrics) is refused with 503 problem+json, {@code Retry-After: 1} and
 * {@code Connection: close} before any work is done, while the requests already in flight finish (bounded by
 * {@code quarkus.shutdown.timeout}). A request is thus either answered or refused, never decided and then dropped.
 */
@ApplicationScoped
public class StopGate {
    private static final Logger LOG = Logger.getLogger(StopGate.class);
    private static final String REFUSAL = "{\"type\":\"urn:credo:problem:stopping\",\"title\":\"Service unavailable\","
            + "\"status\":503,\"detail\":\"this instance is stopping; retry (another instance will answer)\"}";

    private volatile boolean stopping;
    private volatile long refuseFrom;

    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        Duration delay = ConfigProvider.getConfig().getOptionalValue("quarkus.shutdown.delay", Duration.class)
                .orElse(Duration.ZERO);
        refuseFrom = System.nanoTime() + delay.toNanos();
        stopping = true;
        LOG.infof("stopping: readiness DOWN, new requests refused 503 in %d ms", delay.toMillis());
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, 1000);
    }

    private void filter(RoutingContext context) {
        if (stopping && System.nanoTime() - refuseFrom >= 0 && !context.normalizedPath().startsWith("/q/")) {
            context.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", "1").putHeader("Connection", "close").end(REFUSAL);
            return;
        }
        context.next();
    }
}
