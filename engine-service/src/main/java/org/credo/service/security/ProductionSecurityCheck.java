package org.credo.service.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.configuration.ConfigUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The production profile takes JWT bearer tokens only; it refuses to start unless it can verify them: an issuer and
 * a public key ({@code mp.jwt.verify.publickey} or {@code mp.jwt.verify.publickey.location}) must be configured,
 * and so must a sampling key and a log signing key of its own.
 */
@ApplicationScoped
public class ProductionSecurityCheck {
    /** The configuration profile of production deployments. */
    public static final String PROFILE = "production";

    private final Config config;

    public ProductionSecurityCheck(Config config) {
        this.config = config;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> missing = missing(ConfigUtils.getProfiles(), config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the production profile refuses to start without " + String.join(", ",
                    missing));
        }
    }

    /** What production needs and the configuration lacks; empty outside the production profile. */
    public static List<String> missing(Collection<String> activeProfiles, Config config) {
        if (!activeProfiles.contains(PROFILE)) {
            return List.of();
        }
        var missing = new ArrayList<String>();
        if (blank(config, "mp.jwt.verify.publickey") && blank(config, "mp.jwt.verify.publickey.location")) {
            missing.add("a JWT issuer key (mp.jwt.verify.publickey or mp.jwt.verify.publickey.location)");
        }
        if (blank(config, "mp.jwt.verify.issuer")) {
            missing.add("a JWT issuer (mp.jwt.verify.issuer)");
        }
        if (blank(config, "credo.sampling.key") || blank(config, "credo.sampling.key-id")) {
            missing.add("a sampling key (credo.sampling.key and credo.sampling.key-id)");
        }
        if (blank(config, "credo.log.key") && blank(config, "credo.log.key-file")) {
            missing.add("a log signing key (credo.log.key or credo.log.key-file)");
        }
        return missing;
    }

    private static boolean blank(Config config, String name) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.map(String::isBlank).orElse(true);
    }
}
