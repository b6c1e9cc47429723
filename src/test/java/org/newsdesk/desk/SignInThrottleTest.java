package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.SignInFailures;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.testing.SettableClock;

/** The sign-in throttle counting in the store, on H2 and PostgreSQL. */
class SignInThrottleTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));

    SignInThrottle throttle(StoreBackend store) {
        return new SignInThrottle(new SignInFailures(store.db()), 3, 5, Duration.ofMinutes(15), clock);
    }

    @OnEveryStoreBackend
    void afterTooManyFailuresForOneNameItWaitsUntilTheOldestLeavesTheWindow(StoreBackend store) {
        SignInThrottle throttle = throttle(store);
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

    @OnEveryStoreBackend
    void oneAddressTryingManyNamesIsLimitedToo(StoreBackend store) {
        SignInThrottle throttle = throttle(store);
        for (int i = 0; i < 5; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }
        assertThat(throttle.wait("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.wait("someone-else", "10.0.0.8")).isZero();
    }

    @OnEveryStoreBackend
    void aSuccessClearsTheNamesFailures(StoreBackend store) {
        SignInThrottle throttle = throttle(store);
        throttle.failed("mei", "a");
        throttle.failed("mei", "b");
        throttle.succeeded("mei");
        throttle.failed("mei", "c");
        throttle.failed("mei", "d");
        assertThat(throttle.wait("mei", "e")).isZero();
    }

    @OnEveryStoreBackend
    void failuresOutOfTheWindowAreSweptWhenNewOnesAreRecorded(StoreBackend store) {
        SignInThrottle throttle = throttle(store);
        SignInFailures failures = new SignInFailures(store.db());
        Instant first = clock.instant();
        throttle.failed("mei", "10.0.0.1");
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("ana", "10.0.0.2");
        // read from the start of time: the row itself is gone, not only out of the window
        assertThat(failures.nthLatestSince("name:mei", first.minusSeconds(1), 1))
                .isEmpty();
        assertThat(failures.nthLatestSince("name:ana", first, 1)).isPresent();
    }
}
