package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that throttles (451), refuses (550) or must not be flooded: the ledger ends right in each case. */
class DeliveryThrottlingTest {

    @TempDir
    Path work;

    static Map<String, String> quickRetries(SmtpPeer peer) {
        Map<String, String> s = new HashMap<>(DeliveryWorld.smtpTo(peer.port()));
        s.put("newsdesk.deliver.retry-after", "100ms");
        s.put("newsdesk.deliver.max-retry-after", "400ms");
        s.put("newsdesk.deliver.concurrency", "4");
        return s;
    }

    @Test
    void temporaryRefusalsAreRetriedUntilEverySubscriberIsSentAndNoneFailed() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().refuseWhen(t -> t % 3 == 0);
                DeliveryWorld world = DeliveryWorld.start(work, quickRetries(peer))) {
            List<String> addresses = world.addSubscribers("lmec", 200, i -> "reader" + i + "@example.org");
            world.deliver(world.publish("lmec", 6, 2021));
            Map<String, Integer> counts = world.awaitSettled("lmec-2021-6", Duration.ofSeconds(90));
            assertThat(counts)
                    .containsEntry("sent", 200)
                    .containsEntry("failed", 0)
                    .containsEntry("uncertain", 0);
            assertThat(peer.refused()).as("the server did throttle").isGreaterThanOrEqualTo(66);
            Map<String, Integer> received = peer.receivedByRecipient();
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(received.values()).containsOnly(1);
        }
    }

    @Test
    void aPermanentRefusalIsFailedWithTheServersReplyAndNotRetried() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()
                        .answerRecipients(a -> a.equals("gone@example.org")
                                ? "550 5.1.1 <gone@example.org>: Recipient address rejected"
                                : null);
                DeliveryWorld world = DeliveryWorld.start(work, quickRetries(peer))) {
            world.addSubscribers("lmec", 5, i -> "reader" + i + "@example.org");
            world.subscribers().add("lmec", "gone@example.org", "Gone", "en");
            world.deliver(world.publish("lmec", 6, 2021));
            assertThat(world.awaitSettled("lmec-2021-6", Duration.ofSeconds(30)))
                    .containsEntry("sent", 5)
                    .containsEntry("failed", 1);
            long gone = world.subscribers()
                    .find("lmec", "gone@example.org")
                    .orElseThrow()
                    .id();
            Thread.sleep(1_000);
            var row = world.ledger().row("lmec-2021-6", gone).orElseThrow();
            assertThat(row.status()).isEqualTo("failed");
            assertThat(row.lastReply()).contains("550 5.1.1").contains("Recipient address rejected");
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(world.subscribers().find(gone).orElseThrow().status())
                    .as("later issues skip it")
                    .isEqualTo("bounced");
        }
    }

    @Test
    void aDomainLimitSpreadsItsMailsOverTheWindowAndLosesNone() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            Map<String, String> s = quickRetries(peer);
            s.put("newsdesk.deliver.max-per-domain", "3");
            s.put("newsdesk.deliver.domain-window", "1s");
            try (DeliveryWorld world = DeliveryWorld.start(work, s)) {
                world.addSubscribers("lmec", 9, i -> "reader" + i + "@big.example");
                world.addSubscribers("lmec", 3, i -> "reader" + i + "@small.example");
                long start = System.nanoTime();
                world.deliver(world.publish("lmec", 6, 2021));
                assertThat(world.awaitSettled("lmec-2021-6", Duration.ofSeconds(30)))
                        .containsEntry("sent", 12);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
                assertThat(peer.receivedByRecipient().values()).hasSize(12).containsOnly(1);
            }
        }
    }
}
