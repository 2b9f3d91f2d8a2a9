package org.credo.service.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker clock = nanos::get;
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofSeconds(60), 100,
            Duration.ofHours(24), clock);

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    @Test
    void theThirdFailureOfAnAccountRefusesItFromAnyAddressUntilTheWindowEnds() {
        throttle.failed("author", "10.0.0.1");
        throttle.failed("author", "10.0.0.2");
        assertThat(throttle.retryAfter("author", "10.0.0.3")).isEmpty();
        throttle.failed("AUTHOR", "10.0.0.3");
        assertThat(throttle.retryAfter("author", "10.0.0.4")).hasValue(60);
        pass(Duration.ofSeconds(59).plusMillis(1));
        assertThat(throttle.retryAfter("Author", "10.0.0.4")).hasValue(1);
        pass(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("author", "10.0.0.4")).isEmpty();
    }

    @Test
    void theThirdFailureFromAnAddressRefusesEveryAccountThere() {
        throttle.failed("a", "10.0.0.9");
        throttle.failed("b", "10.0.0.9");
        throttle.failed("c", "10.0.0.9");
        assertThat(throttle.retryAfter("d", "10.0.0.9")).isPresent();
        assertThat(throttle.retryAfter("d", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessResetsTheAccountAndTrustsItAtThatAddress() {
        throttle.succeeded("customs", "10.0.0.1");
        for (int i = 0; i < 5; i++) {
            throttle.failed("customs", "10.0.0.66");
        }
        assertThat(throttle.retryAfter("customs", "10.0.0.66")).isPresent();
        assertThat(throttle.retryAfter("customs", "10.0.0.1")).isEmpty();
        throttle.succeeded("customs", "10.0.0.1");
        assertThat(throttle.retryAfter("customs", "10.0.0.5")).isEmpty();
    }

    @Test
    void aFailureAfterTheWindowStartsANewOne() {
        throttle.failed("x", "10.0.0.1");
        throttle.failed("x", "10.0.0.2");
        pass(Duration.ofSeconds(61));
        throttle.failed("x", "10.0.0.3");
        assertThat(throttle.retryAfter("x", "10.0.0.4")).isEmpty();
    }
}
