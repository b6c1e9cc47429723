package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendRateTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final SendRate rate = new SendRate(sent::get, nanos::get, TimeUnit.MINUTES.toNanos(1));

    @Test
    void theRateIsMailsPerSecondBetweenReadings() {
        assertThat(rate.getAsDouble()).isZero();
        sent.set(300);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(rate.getAsDouble()).isCloseTo(30.0, within(0.001));
    }

    @Test
    void aQuietMinuteBringsTheRateBackToZero() {
        rate.getAsDouble();
        sent.set(600);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
        rate.getAsDouble();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(61));
        rate.getAsDouble();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(61));
        assertThat(rate.getAsDouble()).isZero();
    }
}
