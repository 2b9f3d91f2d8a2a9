package org.credo.service.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The key inspection selection is computed with ({@code credo.sampling.*}); its id goes into every record. */
@ConfigMapping(prefix = "credo.sampling")
public interface SamplingConfig {
    Optional<String> keyId();

    /** The secret, at least 16 bytes of UTF-8. */
    Optional<String> key();
}
