package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.render.RenderedIssue;

/** Two services on one store send the same issue at the same time: rows are claimed one by one, so nobody gets two. */
class TwoSendersTest {

    @TempDir
    Path a;

    @TempDir
    Path b;

    @Test
    void twoSendersOnOneLedgerMailEverySubscriberExactlyOnce() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            Map<String, String> settings = DeliveryWorld.smtpTo(peer.port());
            settings.put("newsdesk.data-dir", a.resolve("data").toString());
            settings.put("newsdesk.archive-dir", a.resolve("archive").toString());
            try (DeliveryWorld first = DeliveryWorld.start(a, settings);
                    DeliveryWorld second = DeliveryWorld.start(b, settings)) {
                first.addSubscribers("lmec", 600, i -> "reader" + i + "@example.org");
                RenderedIssue issue = first.publish("lmec", 6, 2021);
                first.bean("deliveryService", DeliveryService.class).plan(issue);
                RenderedIssue same = second.bean("deliveryService", DeliveryService.class)
                        .resend("lmec-2021-6")
                        .orElseThrow();
                CompletableFuture<Void> one = CompletableFuture.runAsync(
                        () -> first.context().createProducerTemplate().sendBody("direct:deliver-due", issue));
                CompletableFuture<Void> two = CompletableFuture.runAsync(
                        () -> second.context().createProducerTemplate().sendBody("direct:deliver-due", same));
                CompletableFuture.allOf(one, two).get();
                assertThat(first.awaitSettled("lmec-2021-6", Duration.ofSeconds(30)))
                        .containsEntry("sent", 600);
                assertThat(peer.receivedByRecipient()).hasSize(600);
                assertThat(peer.receivedByRecipient().values()).containsOnly(1);
                assertThat(peer.connections()).as("both senders took part").isGreaterThan(4);
            }
        }
    }
}
