package org.credo.service.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock of the service: the system clock in the zone's time zone ({@code credo.zone.time-zone}), so that
 * "today" is the zone's day whatever the host's time zone. Tests replace it with a fixed clock (an alternative).
 */
@ApplicationScoped
public class ZoneClock {

    @Produces
    @Singleton
    Clock clock(ZoneConfig zone) {
        return Clock.system(zone.timeZone());
    }
}
