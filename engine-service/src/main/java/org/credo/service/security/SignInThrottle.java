package org.credo.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Counts failed sign-ins per account and per client address in a fixed window; after {@code max-failures} in a
 * window, further attempts of that account or from that address are refused until the window ends, without the
 * password being checked. A success resets the account's count and makes the account trusted at that address for
 * {@code trusted-for}: a trusted pair is never refused, so valid clients keep working while someone else guesses.
 * Memory is bounded: at most {@code tracked} windows and trusted pairs are remembered (Caffeine evicts the rest).
 */
@ApplicationScoped
public class SignInThrottle {
    private final int maxFailures;
    private final long windowNanos;
    private final Ticker ticker;
    private final Cache<String, Window> failures;
    private final Cache<String, Boolean> trusted;

    @Inject
    public SignInThrottle(SignInConfig config) {
        this(config.maxFailures(), config.window(), config.tracked(), config.trustedFor(), Ticker.systemTicker());
    }

    SignInThrottle(int maxFailures, Duration window, int tracked, Duration trustedFor, Ticker ticker) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder().maximumSize(tracked).ticker(ticker)
                .expireAfter(Expiry.<String, Window>creating((key, w) -> Duration.ofNanos(w.endsAt() - ticker.read())))
                .build();
        this.trusted = Caffeine.newBuilder().maximumSize(tracked).ticker(ticker).expireAfterWrite(trustedFor)
                .build();
    }

    /** Failures counted in a window that ends at {@code endsAt} (a {@link Ticker} reading). */
    private record Window(int count, long endsAt) {
    }

    /** Seconds until the account may try again from this address, or empty when it may now. */
    public OptionalLong retryAfter(String account, String address) {
        if (trusted.getIfPresent(pair(account, address)) != null) {
            return OptionalLong.empty();
        }
        long now = ticker.read();
        long until = Math.max(blockedUntil(accountKey(account), now), blockedUntil(addressKey(address), now));
        return until <= now ? OptionalLong.empty() : OptionalLong.of((until - now + 999_999_999L) / 1_000_000_000L);
    }

    /** A wrong password for the account from this address. */
    public void failed(String account, String address) {
        count(accountKey(account));
        count(addressKey(address));
    }

    /** A right password: the account starts afresh and is trusted at this address. */
    public void succeeded(String account, String address) {
        failures.invalidate(accountKey(account));
        trusted.put(pair(account, address), Boolean.TRUE);
    }

    private long blockedUntil(String key, long now) {
        Window window = failures.getIfPresent(key);
        return window != null && window.count() >= maxFailures && window.endsAt() > now ? window.endsAt() : now;
    }

    private void count(String key) {
        long now = ticker.read();
        failures.asMap().compute(key, (k, w) -> w == null || w.endsAt() <= now
                ? new Window(1, now + windowNanos) : new Window(w.count() + 1, w.endsAt()));
    }

    private static String accountKey(String account) {
        return "account:" + UserNames.normalise(account);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pair(String account, String address) {
        return UserNames.normalise(account) + '\n' + address;
    }
}
