package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** The pilot zone's settings ({@code credo.zone.*}). */
@ConfigMapping(prefix = "credo.zone")
public interface ZoneConfig {

    /** The zone's time zone: the calendar day of an undated decision is the day here, not the server's. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();
}
