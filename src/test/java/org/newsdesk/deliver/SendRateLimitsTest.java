package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendRateLimitsTest {

    final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void mailsPerSecondAreSpacedEvenly() {
        SendRateLimits limits = new SendRateLimits(10, 0, Duration.ofMinutes(1), clock::get);
        assertThat(limits.reserve("a@x.org").delay()).isEqualTo(Duration.ZERO);
        assertThat(limits.reserve("b@y.org").delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(limits.reserve("c@z.org").delay()).isEqualTo(Duration.ofMillis(200));
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limits.reserve("d@z.org").delay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aDomainOverItsWindowIsPutOffUntilTheWindowHasRoom() {
        SendRateLimits limits = new SendRateLimits(0, 2, Duration.ofSeconds(60), clock::get);
        assertThat(limits.reserve("a@big.example").granted()).isTrue();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limits.reserve("b@BIG.example").granted()).isTrue();
        SendRateLimits.Reservation third = limits.reserve("c@big.example");
        assertThat(third.granted()).isFalse();
        assertThat(third.delay()).isEqualTo(Duration.ofSeconds(50));
        assertThat(limits.reserve("d@small.example").granted())
                .as("other domains are not held up")
                .isTrue();
        clock.addAndGet(Duration.ofSeconds(50).toNanos());
        assertThat(limits.reserve("c@big.example").granted()).isTrue();
    }

    @Test
    void noLimitsMeansNoWaiting() {
        SendRateLimits limits = SendRateLimits.unlimited();
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.reserve("a@x.org")).isEqualTo(new SendRateLimits.Reservation(true, Duration.ZERO));
        }
    }
}
