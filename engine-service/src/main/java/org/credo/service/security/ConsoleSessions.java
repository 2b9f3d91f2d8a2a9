package org.credo.service.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Console sessions that end on the server. Quarkus form authentication keeps who is signed in in an encrypted cookie
 * that stays valid until it times out; a sign-in here also starts a session row and gives the browser its random
 * token in a second cookie, and a session cookie counts only while that row lives. Signing out deletes the row, so a
 * copied cookie is refused afterwards, on every instance. A session also ends {@code session-lifetime} after it
 * started, however active.
 */
@ApplicationScoped
public class ConsoleSessions {
    /** The cookie holding the session token. */
    public static final String COOKIE = "credo-session";

    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;

    public ConsoleSessions(SignInConfig config) {
        this.lifetime = config.sessionLifetime();
    }

    /** Starts a session for a user who just signed in and hands its token to the browser (blocking). */
    public void start(String user, RoutingContext routing) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            ConsoleSession.delete("expiresAt < ?1", now);
            var session = new ConsoleSession();
            session.tokenHash = hash(token);
            session.userName = user;
            session.startedAt = now;
            session.expiresAt = now.plus(lifetime);
            session.persist();
        });
        routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
    }

    /** Whether the request carries the token of a live session of this user (blocking). */
    public boolean live(RoutingContext routing, String user) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return false;
        }
        String tokenHash = hash(cookie.getValue());
        return QuarkusTransaction.requiringNew().call(() -> {
            ConsoleSession session = ConsoleSession.findById(tokenHash);
            return session != null && session.expiresAt.isAfter(Instant.now())
                    && UserNames.same(session.userName, user);
        });
    }

    /** Ends the request's session, if any, and clears its cookie (blocking). */
    public void end(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null) {
            String tokenHash = hash(cookie.getValue());
            QuarkusTransaction.requiringNew().run(() -> ConsoleSession.deleteById(tokenHash));
        }
        routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
