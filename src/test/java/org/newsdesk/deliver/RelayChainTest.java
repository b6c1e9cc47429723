package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two relays: when the first goes down halfway through a send, the second takes over and nobody is missed or mailed twice. */
class RelayChainTest {

    @TempDir
    Path work;

    static Map<String, String> twoRelays(SmtpPeer first, SmtpPeer second) {
        Map<String, String> s = new HashMap<>(DeliveryWorld.smtpTo(first.port()));
        s.put("newsdesk.smtp.host", "127.0.0.1:" + first.port() + ", 127.0.0.1:" + second.port());
        s.put("newsdesk.deliver.retry-after", "100ms");
        s.put("newsdesk.deliver.max-retry-after", "400ms");
        s.put("newsdesk.deliver.concurrency", "4");
        return s;
    }

    @Test
    void whenTheFirstRelayStartsClosingHalfwayTheSecondFinishesTheSend() throws Exception {
        try (SmtpPeer first = new SmtpPeer().closeWith421When(t -> t > 100);
                SmtpPeer second = new SmtpPeer();
                DeliveryWorld world = DeliveryWorld.start(work, twoRelays(first, second))) {
            List<String> addresses = world.addSubscribers("lmec", 300, i -> "reader" + i + "@example.org");
            world.deliver(world.publish("lmec", 6, 2021));
            Map<String, Integer> counts = world.awaitSettled("lmec-2021-6", Duration.ofSeconds(90));
            assertThat(counts).containsEntry("sent", 300).containsEntry("failed", 0);
            Map<String, Integer> reached = new HashMap<>(first.receivedByRecipient());
            second.receivedByRecipient().forEach((a, n) -> reached.merge(a, n, Integer::sum));
            assertThat(reached.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(reached.values()).as("each reader once").containsOnly(1);
            assertThat(first.receivedTotal()).isBetween(1, 100);
            assertThat(second.receivedTotal()).isEqualTo(300 - first.receivedTotal());
        }
    }

    @Test
    void aRelayThatCannotBeReachedIsSkipped() throws Exception {
        SmtpPeer gone = new SmtpPeer();
        gone.close();
        try (SmtpPeer second = new SmtpPeer();
                DeliveryWorld world = DeliveryWorld.start(work, twoRelays(gone, second))) {
            world.addSubscribers("lmec", 40, i -> "reader" + i + "@example.org");
            world.deliver(world.publish("lmec", 6, 2021));
            assertThat(world.awaitSettled("lmec-2021-6", Duration.ofSeconds(60)))
                    .containsEntry("sent", 40);
            assertThat(second.receivedTotal()).isEqualTo(40);
        }
    }
}
