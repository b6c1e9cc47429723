package org.newsdesk.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsdesk.store.StoreCounts;

/**
 * The service's own meters, next to Camel's, on {@code /observe/metrics}. What the store knows (items
 * waiting, issues made, deliveries by state) is read from the store at each scrape, so it is true for
 * every instance sharing the database and survives restarts. What happens in this process (notes read
 * or refused, mails handed to the server) is counted by the beans themselves through Micrometer's
 * global registry, which this registry joins while the service runs. Mails are counted by the
 * delivery stage ({@code newsdesk.deliveries{result}}, created here at 0, incremented there).
 */
public final class NewsdeskMetrics {

    /** Counter names the beans increment (Metrics.counter(NAME)); Prometheus adds _total. */
    public static final String NOTES_READ = "newsdesk.notes.read";

    public static final String NOTES_REJECTED = "newsdesk.notes.rejected";
    /** The delivery stage's counter of mails by result (sent, retry, failed, deferred). */
    public static final String MAILS = "newsdesk.deliveries";

    private NewsdeskMetrics() {}

    /**
     * Gauges hold their state strongly: Micrometer's default weak reference lets a gauge read NaN after
     * a GC. (A FunctionCounter cannot: the caller keeps {@code store} alive, bound in the registry.)
     */
    public static void register(MeterRegistry registry, StoreCounts store) {
        for (String status : List.of("pending", "held")) {
            Gauge.builder("newsdesk.items", store, s -> s.items(status))
                    .tag("status", status)
                    .description("Items waiting: pending for the next issue, or held for review")
                    .strongReference(true)
                    .register(registry);
        }
        FunctionCounter.builder("newsdesk.issues.made", store, StoreCounts::issues)
                .description("Issues numbered so far (all publications)")
                .register(registry);
        for (String status : List.of("pending", "sending", "sent", "failed", "uncertain")) {
            Gauge.builder("newsdesk.ledger", store, s -> s.deliveries(status))
                    .tag("status", status)
                    .description("Rows of the delivery ledger by state (all issues)")
                    .strongReference(true)
                    .register(registry);
        }
        // created here so they read 0 before the first note or mail rather than being absent
        registry.counter(NOTES_READ);
        registry.counter(NOTES_REJECTED);
        for (String result : List.of("sent", "failed", "retry")) {
            registry.counter(MAILS, "result", result);
        }
        // the JVM and the process: memory, GC, threads, CPU, uptime (Micrometer's own binders)
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        SendRate rate = new SendRate(
                () -> registry.counter(MAILS, "result", "sent").count(), System::nanoTime, TimeUnit.MINUTES.toNanos(1));
        Gauge.builder("newsdesk.send.rate", rate, SendRate::getAsDouble)
                .baseUnit("mails per second")
                .description("Mails sent per second over the last minute (this process)")
                .strongReference(true)
                .register(registry);
    }

    /** While the service runs, Metrics.counter(...) in the beans lands in this registry. */
    public static void join(MeterRegistry registry) {
        Metrics.addRegistry(registry);
    }

    public static void leave(MeterRegistry registry) {
        Metrics.removeRegistry(registry);
    }
}
