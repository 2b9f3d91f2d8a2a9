package org.credo.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.LongSupplier;

/**
 * The bearer-token parser with a small memory of tokens it verified. A customs system sends one token on thousands
 * of calls, and checking its RS256 signature and claims on every call took about a fifth of the service's CPU per
 * decision. A token verified here is reused until the earlier of its expiry and {@link #LONGEST_REUSE_MILLIS} after
 * its verification, which bounds how long it outlives a rotated signing key; a token that failed is never kept. At
 * most {@link #MOST_TOKENS} are kept, in a bounded Caffeine cache that forgets the least used first.
 * Every other use of the parser goes straight to smallrye-jwt's own.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    static final long LONGEST_REUSE_MILLIS = 60_000;
    static final int MOST_TOKENS = 1_024;

    private final JWTParser verifier;
    private final LongSupplier clock;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, System::currentTimeMillis);
    }

    VerifiedTokens(JWTParser verifier, LongSupplier clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MOST_TOKENS).build();
    }

    /** How many verified tokens are kept now (after the cache's pending evictions). */
    long kept() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private record Verified(JsonWebToken token, long reusableUntil) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        Verified known = verified.getIfPresent(token);
        if (known != null && now < known.reusableUntil()) {
            return known.token();
        }
        JsonWebToken fresh = verifier.parse(token);
        verified.put(token, new Verified(fresh, Math.min(fresh.getExpirationTime() * 1000, now
                + LONGEST_REUSE_MILLIS)));
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
