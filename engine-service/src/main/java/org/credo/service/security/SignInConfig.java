package org.credo.service.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sign-in throttling and console sessions ({@code credo.sign-in.*}, docs/security.md). */
@ConfigMapping(prefix = "credo.sign-in")
public interface SignInConfig {
    /** Failed sign-ins of one account, or from one client address, within a window before further ones are 429. */
    @WithDefault("5")
    int maxFailures();

    /** The fixed window that starts with the first failure; a refused client may try again when it ends. */
    @WithDefault("5M")
    Duration window();

    /** The most accounts and addresses whose failures are remembered at once (bounded memory). */
    @WithDefault("10000")
    int tracked();

    /**
     * How long an account that signed in from an address is not throttled there: a customs system with valid
     * credentials keeps deciding while someone elsewhere guesses its password.
     */
    @WithDefault("24H")
    Duration trustedFor();

    /** The longest a console session lasts from its sign-in, however active it is. */
    @WithDefault("12H")
    Duration sessionLifetime();

    /** Whether every cookie the service sets is {@code Secure} (true in the production profile). */
    @WithDefault("false")
    boolean secureCookies();
}
