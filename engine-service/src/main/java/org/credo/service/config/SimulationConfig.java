package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds on simulating a rule-set version over stored decisions ({@code credo.simulation.*}). */
@ConfigMapping(prefix = "credo.simulation")
public interface SimulationConfig {
    /** The range simulated when {@code from} is absent: this long before {@code to}. */
    @WithDefault("P30D")
    Duration defaultRange();

    /** The longest range {@code [from, to)} a simulation may span; a longer one is answered 400. */
    @WithDefault("P366D")
    Duration maxRange();

    /** The most stored decisions a simulation re-decides; a range holding more is answered 400. */
    @WithDefault("100000")
    long maxDecisions();

    /** How long one simulation may run; at the deadline it stops and answers the report so far, incomplete. */
    @WithDefault("60S")
    Duration deadline();

    /** How many simulations may run at a time on an instance; one more is answered 503 simulation-busy. */
    @WithDefault("1")
    int maxConcurrent();

    /** How long a finished simulation job stays readable ({@code GET /api/v1/simulations/{id}}). */
    @WithDefault("PT1H")
    Duration retention();

    /** The most finished simulation jobs an instance keeps; beyond, the oldest are forgotten first. */
    @WithDefault("100")
    int maxKept();
}
