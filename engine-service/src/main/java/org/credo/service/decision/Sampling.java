package org.credo.service.decision;

import jakarta.enterprise.context.ApplicationScoped;
import org.credo.core.KeyedSampler;
import org.credo.service.config.SamplingConfig;
import org.credo.service.problem.ApiException;

import java.nio.charset.StandardCharsets;

/** The configured sampling key ({@code credo.sampling.key-id}, {@code credo.sampling.key}) as a {@link KeyedSampler}. */
@ApplicationScoped
public class Sampling {
    /** How selection is computed, as answered in {@code sampling.method}. */
    public static final String METHOD = "HMAC-SHA256";

    private final KeyedSampler sampler;

    public Sampling(SamplingConfig config) {
        this.sampler = config.key().isPresent() && config.keyId().isPresent()
                ? new KeyedSampler(config.keyId().get(),
                config.key().get().getBytes(StandardCharsets.UTF_8))
                : null;
    }

    /** The configured sampler. */
    public KeyedSampler current() {
        if (sampler == null) {
            throw new ApiException(503, "no-sampling-key", "Service unavailable", "no sampling key is configured");
        }
        return sampler;
    }

    /** The sampler of a recorded key id; only the configured key can be used. */
    public KeyedSampler sampler(String keyId) {
        KeyedSampler configured = current();
        if (!configured.keyId().equals(keyId)) {
            throw ApiException.conflict("sampling key '" + keyId + "' is not the configured key '"
                    + configured.keyId() + "'");
        }
        return configured;
    }
}
