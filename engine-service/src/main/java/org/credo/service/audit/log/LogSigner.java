package org.credo.service.audit.log;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.config.LogConfig;
import org.credo.service.security.ProductionSecurityCheck;
import org.credo.verifier.Checkpoint;
import org.credo.verifier.LogKey;
import org.credo.verifier.NoteSigner;
import org.credo.verifier.SignedCheckpoint;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;

/**
 * The log's Ed25519 key, named after the log's origin: from {@code credo.log.key} (a base64 seed) or
 * {@code credo.log.key-file} (PKCS#8, PEM or DER); the embedded default generates one at first start and keeps it
 * in the database ({@link LogKeyStore}); the production profile refuses to start without a configured key. Loaded
 * at start-up, so a key that does not parse stops the start.
 */
@ApplicationScoped
public class LogSigner {
    private static final Logger LOG = Logger.getLogger(LogSigner.class);

    private final LogConfig config;
    private final LogKeyStore keys;
    private volatile NoteSigner signer;

    public LogSigner(LogConfig config, LogKeyStore keys) {
        this.config = config;
        this.keys = keys;
    }

    void onStart(@Observes @Priority(2100) StartupEvent event) {
        signer();
    }

    /** The log's verifier key, as clients and witnesses check checkpoints with. */
    public LogKey logKey() {
        return signer().logKey();
    }

    /** The log's origin. */
    public String origin() {
        return config.origin();
    }

    /** The signed checkpoint of a tree of {@code size} leaves with root {@code rootHash}. */
    public SignedCheckpoint sign(long size, byte[] rootHash) {
        return SignedCheckpoint.sign(new Checkpoint(config.origin(), size, rootHash), signer());
    }

    private NoteSigner signer() {
        NoteSigner loaded = signer;
        if (loaded == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = load();
                }
                loaded = signer;
            }
        }
        return loaded;
    }

    private NoteSigner load() {
        String name = config.origin();
        if (config.key().isPresent() && !config.key().get().isBlank()) {
            return NoteSigner.fromSeed(name, decode(config.key().get().strip(), "credo.log.key"));
        }
        if (config.keyFile().isPresent()) {
            return NoteSigner.fromPkcs8(name, pkcs8(config.keyFile().get()));
        }
        if (ConfigUtils.getProfiles().contains(ProductionSecurityCheck.PROFILE)) {
            throw new IllegalStateException("the production profile takes its log key from configuration "
                    + "(credo.log.key or credo.log.key-file)");
        }
        try {
            NoteSigner generated = NoteSigner.fromSeed(name, keys.seed());
            LOG.infof("the log signs with the key kept in the database: %s", generated.logKey().verifierKey());
            return generated;
        } catch (SQLException e) {
            throw new IllegalStateException("the log key could not be read or stored", e);
        }
    }

    /** The DER bytes of a PKCS#8 key file, PEM ({@code -----BEGIN PRIVATE KEY-----}) or DER. */
    static byte[] pkcs8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (!text.contains("-----BEGIN")) {
                return bytes;
            }
            String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return decode(body, "credo.log.key-file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("the log key file " + file + " cannot be read", e);
        }
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64", e);
        }
    }
}
