package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.BounceLog;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.StoreBackends;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.SettableClock;

/** What a returned mail does to its subscriber: hard at once, soft after the limit, auto-replies nothing. */
class BouncesTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final VerpTokens verp = new VerpTokens(DeliveryWorld.SECRET);
    StoreBackend store;
    SubscriberStore subscribers;
    BounceLog log;
    Bounces bounces;
    long reader;

    @BeforeEach
    void aStore() {
        store = StoreBackends.h2();
        subscribers = new SubscriberStore(store.db());
        log = new BounceLog(store.db());
        bounces = new Bounces(new BounceReader(), verp, subscribers, log, 2, Duration.ofDays(30), clock);
        subscribers.add("lmec", "reader@example.org", null, "en");
        reader = subscribers.find("lmec", "reader@example.org").orElseThrow().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    byte[] report(String action, String status) {
        return ("From: MAILER-DAEMON@relay.example.net\r\n"
                        + "To: bounces+" + verp.tokenFor("lmec-2026-7", reader) + "@lmec.example\r\n"
                        + "Subject: Delivery Status Notification\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                        + "--b\r\nContent-Type: text/plain\r\n\r\nnotice\r\n"
                        + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; relay.example.net\r\n\r\n"
                        + "Final-Recipient: rfc822; reader@example.org\r\nAction: " + action + "\r\nStatus: " + status
                        + "\r\n\r\n--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    String status() {
        return subscribers.find(reader).orElseThrow().status();
    }

    @Test
    void aHardBounceMarksTheAddressAtOnce() {
        assertThat(bounces.handle(report("failed", "5.1.1"))).isEqualTo(BounceReader.Kind.HARD);
        assertThat(status()).isEqualTo("bounced");
        assertThat(log.count(reader, "hard", Instant.EPOCH)).isEqualTo(1);
    }

    @Test
    void softBouncesMarkTheAddressOnlyWhenTheyReachTheLimitWithinTheWindow() {
        bounces.handle(report("delayed", "4.2.2"));
        assertThat(status()).isEqualTo("active");
        clock.advance(Duration.ofDays(31));
        bounces.handle(report("delayed", "4.2.2"));
        assertThat(status()).as("the first one left the window").isEqualTo("active");
        clock.advance(Duration.ofDays(1));
        bounces.handle(report("failed", "5.7.1"));
        assertThat(status()).isEqualTo("bounced");
    }

    @Test
    void anAutoReplyOrAnUnknownMailChangesNothingButIsKept() {
        byte[] away = ("From: reader@example.org\r\nTo: bounces+" + verp.tokenFor("lmec-2026-7", reader)
                        + "@lmec.example\r\nSubject: Out of Office\r\nAuto-Submitted: auto-replied\r\n\r\nBack on Monday.\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(bounces.handle(away)).isEqualTo(BounceReader.Kind.AUTO_REPLY);
        assertThat(bounces.handle("Subject: hello\r\n\r\nnice newsletter\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(BounceReader.Kind.UNKNOWN);
        assertThat(status()).isEqualTo("active");
        assertThat(log.countsSince(Instant.EPOCH))
                .containsEntry("auto-reply", 1)
                .containsEntry("unknown", 1);
    }
}
