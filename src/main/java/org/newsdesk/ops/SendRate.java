package org.newsdesk.ops;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Mails per second over the last minute, from a running count of mails sent. Each reading keeps a
 * sample, so the rate needs no timer thread of its own: between two scrapes it is exact, and the first
 * reading after a quiet minute is 0.
 */
final class SendRate implements DoubleSupplier {

    private record Sample(long nanos, double count) {}

    private final DoubleSupplier sent;
    private final LongSupplier clock;
    private final long windowNanos;
    private final Deque<Sample> samples = new ArrayDeque<>();

    SendRate(DoubleSupplier sent, LongSupplier nanoClock, long windowNanos) {
        this.sent = sent;
        this.clock = nanoClock;
        this.windowNanos = windowNanos;
    }

    @Override
    public synchronized double getAsDouble() {
        long now = clock.getAsLong();
        double count = sent.getAsDouble();
        samples.addLast(new Sample(now, count));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > windowNanos) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long elapsed = now - first.nanos();
        return elapsed <= 0 ? 0.0 : (count - first.count()) * 1e9 / elapsed;
    }
}
