package org.credo.service.security;

/** A sign-in refused unchecked because its account or address failed too often: answered 429 with Retry-After. */
public class SignInThrottled extends SecurityException {
    private final long retryAfterSeconds;

    public SignInThrottled(long retryAfterSeconds) {
        super("too many failed sign-ins: try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
