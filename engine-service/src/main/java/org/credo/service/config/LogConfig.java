package org.credo.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The verifiable decision log ({@code credo.log.*}, docs/operations.md): its identity, key and checkpoints. */
@ConfigMapping(prefix = "credo.log")
public interface LogConfig {
    /** The log's origin, the first line of every checkpoint and the name of its key. */
    @WithDefault("credo.example/embedded/log")
    String origin();

    /** The Ed25519 private key seed, 32 bytes in base64. */
    Optional<String> key();

    /** Or a file holding the Ed25519 private key as PKCS#8 (PEM, as {@code openssl genpkey} writes it, or DER). */
    Optional<Path> keyFile();

    /** How often each instance checks whether the tree grew and, if so, signs a checkpoint of it. */
    @WithDefault("200MS")
    Duration checkpointInterval();
}
