package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.SettableClock;

class SignInThrottleTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void afterTooManyFailuresForOneNameItWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.wait("Mei", "10.0.0.1")).isZero();
            throttle.failed("mei", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        // the name is compared without case or spaces; another address does not help
        assertThat(throttle.wait(" MEI ", "10.0.0.2")).isEqualTo(Duration.ofMinutes(12));
        clock.advance(Duration.ofMinutes(12).plusSeconds(1));
        assertThat(throttle.wait("mei", "10.0.0.2")).isZero();
    }

    @Test
    void oneAddressTryingManyNamesIsLimitedToo() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }
        assertThat(throttle.wait("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.wait("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessClearsTheNamesFailures() {
        throttle.failed("mei", "a");
        throttle.failed("mei", "b");
        throttle.succeeded("mei");
        throttle.failed("mei", "c");
        throttle.failed("mei", "d");
        assertThat(throttle.wait("mei", "e")).isZero();
    }
}
