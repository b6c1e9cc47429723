package org.newsdesk.deliver;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Delivery counters in Micrometer, when a {@link MeterRegistry} is bound (the operations side binds
 * one for Prometheus): {@code newsdesk.deliveries} by result (sent, retry, failed, deferred) and the
 * gauge {@code newsdesk.delivery.remaining}. Without a registry nothing is recorded and nothing fails.
 */
public final class DeliveryMetrics {

    /** How often a missing registry is looked for again (it may be bound after delivery starts). */
    private static final long LOOK_AGAIN_NANOS = 5_000_000_000L;

    private final Supplier<Optional<MeterRegistry>> source;
    private final AtomicLong remaining = new AtomicLong();
    private volatile MeterRegistry registry;
    private volatile long lookedAt = Long.MIN_VALUE;

    public DeliveryMetrics(Supplier<Optional<MeterRegistry>> source) {
        this.source = source;
    }

    public static DeliveryMetrics none() {
        return new DeliveryMetrics(Optional::empty);
    }

    public void sent(SendResult.Kind kind) {
        registry()
                .ifPresent(r -> r.counter(
                                "newsdesk.deliveries", "result", kind.name().toLowerCase())
                        .increment());
    }

    /**
     * A mail the server put off (retry) or refused (failed), by {@link ReplyKind#reason}: the enhanced
     * status code or the SMTP code, a bounded tag, never the reply's text.
     */
    public void refused(SendResult.Kind kind, String reason) {
        registry()
                .ifPresent(r -> r.counter(
                                "newsdesk.delivery.refusals",
                                "result",
                                kind.name().toLowerCase(),
                                "reason",
                                reason)
                        .increment());
    }

    public void deferred() {
        registry()
                .ifPresent(r ->
                        r.counter("newsdesk.deliveries", "result", "deferred").increment());
    }

    /** Mails added to (or, negative, left over from) the send passes under way. */
    public void addRemaining(long delta) {
        remaining.updateAndGet(r -> Math.max(0, r + delta));
        registry();
    }

    public long remaining() {
        return remaining.get();
    }

    private Optional<MeterRegistry> registry() {
        MeterRegistry r = registry;
        if (r != null) {
            return Optional.of(r);
        }
        long now = System.nanoTime();
        if (lookedAt != Long.MIN_VALUE && now - lookedAt < LOOK_AGAIN_NANOS) {
            return Optional.empty();
        }
        lookedAt = now;
        Optional<MeterRegistry> found = source.get();
        found.ifPresent(m -> {
            m.gauge("newsdesk.delivery.remaining", remaining);
            registry = m;
        });
        return found;
    }
}
