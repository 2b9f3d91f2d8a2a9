package org.credo.service.config;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The service's clock stopped at 2025-12-31T16:30Z, which is 2026-01-01 00:30 in the zone (Asia/Shanghai) and still
 * 2025-12-31 in UTC. Enabled only by {@link Profile}.
 */
@Alternative
@ApplicationScoped
public class FixedZoneClock {
    static final Instant NOW = Instant.parse("2025-12-31T16:30:00Z");

    @Produces
    @Singleton
    Clock clock(ZoneConfig zone) {
        return Clock.fixed(NOW, zone.timeZone());
    }

    /** Runs the service with the fixed clock. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedZoneClock.class);
        }
    }
}
