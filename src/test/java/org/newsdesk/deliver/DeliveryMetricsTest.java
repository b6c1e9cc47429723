package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryMetricsTest {

    @TempDir
    Path work;

    @Test
    void aBoundRegistryCountsMailsByResultAndTheRemainingGaugeEndsAtZero() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().refuseWhen(t -> t == 1)) {
            Map<String, String> s = new HashMap<>(DeliveryWorld.smtpTo(peer.port()));
            s.put("newsdesk.deliver.retry-after", "100ms");
            try (DeliveryWorld world = DeliveryWorld.start(work, s)) {
                // the one registry of the service, the one Camel's metrics endpoint scrapes
                MeterRegistry meters =
                        world.context().getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class);
                assertThat(meters).isNotNull();
                world.addSubscribers("lmec", 10, i -> "reader" + i + "@example.org");
                world.deliver(world.publish("lmec", 6, 2021));
                world.awaitSettled("lmec-2021-6", Duration.ofSeconds(30));
                assertThat(meters.counter("newsdesk.deliveries", "result", "sent")
                                .count())
                        .isEqualTo(10.0);
                assertThat(meters.counter("newsdesk.deliveries", "result", "retry")
                                .count())
                        .isEqualTo(1.0);
                Thread.sleep(200);
                assertThat(meters.get("newsdesk.delivery.remaining").gauge().value())
                        .isZero();
            }
        }
    }

    @Test
    void withoutARegistryNothingIsRecordedAndNothingFails() {
        DeliveryMetrics none = new DeliveryMetrics(Optional::empty);
        none.addRemaining(3);
        none.sent(SendResult.Kind.SENT);
        none.deferred();
        none.addRemaining(-1);
        assertThat(none.remaining()).isEqualTo(2);
    }
}
