package org.newsdesk.deliver;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Delivery counters in Micrometer ({@code newsdesk.deliveries} by result, {@code newsdesk.delivery.remaining}),
 * when a {@link MeterRegistry} is bound; without one, nothing is recorded and nothing fails.
 */
public final class DeliveryMetrics {

    private final Supplier<Optional<MeterRegistry>> registry;
    private final java.util.concurrent.atomic.AtomicLong remaining = new java.util.concurrent.atomic.AtomicLong();
    private volatile MeterRegistry gaugeRegisteredOn;

    public DeliveryMetrics(Supplier<Optional<MeterRegistry>> registry) {
        this.registry = registry;
    }

    public static DeliveryMetrics none() {
        return new DeliveryMetrics(Optional::empty);
    }

    public void sent(SendResult.Kind kind) {
        registry.get().ifPresent(r -> r.counter("newsdesk.deliveries", "result", kind.name().toLowerCase()).increment());
        remaining.decrementAndGet();
    }

    public void deferred() {
        registry.get().ifPresent(r -> r.counter("newsdesk.deliveries", "result", "deferred").increment());
    }

    /** Mails left in the current send passes. */
    public void remaining(long value) {
        remaining.set(value);
        registry.get().ifPresent(r -> {
            if (gaugeRegisteredOn != r) {
                r.gauge("newsdesk.delivery.remaining", remaining);
                gaugeRegisteredOn = r;
            }
        });
    }

    public void addRemaining(long delta) {
        remaining(Math.max(0, remaining.get() + delta));
    }
}
