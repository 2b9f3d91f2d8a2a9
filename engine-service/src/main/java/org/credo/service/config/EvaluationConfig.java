package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on evaluating decisions with the active (or a stored) rule set ({@code credo.evaluation.*}). */
@ConfigMapping(prefix = "credo.evaluation")
public interface EvaluationConfig {
    /**
     * How long one decision (with all the rule-set decisions it takes) may run before it is stopped and answered 503
     * {@code evaluation-timeout}; nothing is recorded for it.
     */
    @WithDefault("2S")
    Duration deadline();
}
