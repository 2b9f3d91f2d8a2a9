package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The audit chain writer ({@code credo.audit.*}). */
@ConfigMapping(prefix = "credo.audit")
public interface AuditConfig {
    /** The most records the chain writer commits in one transaction. */
    @WithDefault("512")
    int maxBatch();

    /** How long a decision waits for its record to be committed before it is answered 503. */
    @WithDefault("30S")
    Duration commitTimeout();
}
