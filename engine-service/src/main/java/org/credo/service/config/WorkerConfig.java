package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The draft worker ({@code credo.worker.*}): the separate JVM that validates uploads and runs scenario tests, so that
 * an author's bundle cannot take the service's memory or threads.
 */
@ConfigMapping(prefix = "credo.worker")
public interface WorkerConfig {
    /** The worker JVM's heap ({@code -Xmx}): a bundle that needs more is refused as too costly. */
    @WithDefault("512m")
    String maxHeap();

    /** How long one check may take before the worker is killed and the bundle refused. */
    @WithDefault("60S")
    Duration deadline();

    /** How many workers run at once. */
    @WithDefault("1")
    int maxConcurrent();

    /** How long a check waits for a free worker before it is answered 503 with Retry-After. */
    @WithDefault("10S")
    Duration queueWait();

    /** The java launcher; by default that of the running JVM. */
    Optional<String> java();

    /**
     * The worker's class path; by default derived from the running service (the packaged quarkus-app directory, or
     * the JVM's class path in tests and dev mode).
     */
    Optional<String> classPath();
}
