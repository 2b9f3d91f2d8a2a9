package org.credo.service.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {
    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final List<String> verifications = new ArrayList<>();

    /** smallrye-jwt's parser, counting what it is asked to verify; "bad" tokens fail as a forged one would. */
    private final DefaultJWTParser verifier = new DefaultJWTParser() {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.add(token);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not verify");
            }
            var claims = new JwtClaims();
            claims.setSubject(token);
            claims.setExpirationTime(NumericDate.fromMilliseconds(NOW + expiresInMillis(token)));
            return new DefaultJWTCallerPrincipal(claims);
        }
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock::get);

    private static long expiresInMillis(String token) {
        return token.startsWith("short") ? 10_000 : 3_600_000;
    }

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemoryOnTheNextCall() throws Exception {
        JsonWebToken first = tokens.parse("customs-token");
        clock.addAndGet(30_000);
        assertThat(tokens.parse("customs-token")).isSameAs(first);
        assertThat(verifications).containsExactly("customs-token");
    }

    @Test
    void aTokenIsVerifiedAgainOneMinuteAfterItsVerification() throws Exception {
        tokens.parse("customs-token");
        clock.addAndGet(VerifiedTokens.LONGEST_REUSE_MILLIS);
        tokens.parse("customs-token");
        assertThat(verifications).containsExactly("customs-token", "customs-token");
    }

    @Test
    void anExpiredTokenIsNeverAnsweredFromMemory() throws Exception {
        tokens.parse("short-lived");
        clock.addAndGet(10_000);
        tokens.parse("short-lived");
        assertThat(verifications).containsExactly("short-lived", "short-lived");
    }

    @Test
    void aTokenThatFailedIsCheckedAgainEveryTime() {
        assertThatThrownBy(() -> tokens.parse("bad-token")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad-token")).isInstanceOf(ParseException.class);
        assertThat(verifications).containsExactly("bad-token", "bad-token");
    }

    @Test
    void memoryIsBoundedAndAForgottenTokenIsVerifiedAgain() throws Exception {
        int tokensSeen = 2 * VerifiedTokens.MOST_TOKENS;
        for (int i = 0; i < tokensSeen; i++) {
            tokens.parse("token-" + i);
        }
        assertThat(tokens.kept()).isPositive().isLessThanOrEqualTo(VerifiedTokens.MOST_TOKENS);
        for (int i = 0; i < tokensSeen; i++) {
            tokens.parse("token-" + i);
        }
        assertThat(verifications.size() - tokensSeen).as("tokens verified again, having been forgotten")
                .isGreaterThanOrEqualTo(tokensSeen - VerifiedTokens.MOST_TOKENS);
    }
}
