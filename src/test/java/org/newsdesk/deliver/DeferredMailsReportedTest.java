package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.StatusCommand;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.ops.IssueDeliveries;
import org.newsdesk.testing.StandardErrorLog;

/**
 * The server puts some mails off (450) and refuses one (550): the log says so with the reply, once per
 * kind; {@code status ISSUE} groups the replies; the refusal metric counts them by status code; and no
 * mail is lost: the deferred ones wait in the ledger.
 */
class DeferredMailsReportedTest {

    @TempDir
    Path work;

    @Test
    void deferredAndRefusedMailsAreLoggedWithTheReplyGroupedByStatusAndCountedByReason() throws Exception {
        try (StandardErrorLog log = new StandardErrorLog();
                SmtpPeer peer = new SmtpPeer()
                        .answerRecipients(a -> a.startsWith("busy")
                                ? "450 4.2.1 Mailbox busy, try again later"
                                : a.equals("gone@example.org")
                                        ? "550 5.1.1 <gone@example.org>: Recipient address rejected"
                                        : null)) {
            Map<String, String> s = new HashMap<>(DeliveryWorld.smtpTo(peer.port()));
            // the deferred mails wait: the next attempt is an hour away
            s.put("newsdesk.deliver.retry-after", "1h");
            try (DeliveryWorld world = DeliveryWorld.start(work, s)) {
                world.addSubscribers("lmec", 4, i -> "reader" + i + "@example.org");
                world.addSubscribers("lmec", 3, i -> "busy" + i + "@example.org");
                world.subscribers().add("lmec", "gone@example.org", "Gone", "en");
                world.deliver(world.publish("lmec", 6, 2021));
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    Map<String, Integer> c = world.ledger().counts("lmec-2021-6");
                    return c.get("sent") == 4 && c.get("failed") == 1 && c.get("sending") == 0;
                });
                assertThat(world.ledger().counts("lmec-2021-6"))
                        .as("nothing lost: the deferred mails wait")
                        .containsEntry("pending", 3);

                await().atMost(Duration.ofSeconds(10))
                        .until(() -> log.text().contains("Issue lmec-2021-6: mails deferred"));
                String text = log.text();
                assertThat(text)
                        .contains(
                                "Issue lmec-2021-6: mails deferred by the server (tried again later), reply 450 4.2.1:"
                                        + " 450 4.2.1 Mailbox busy, try again later")
                        .contains("Issue lmec-2021-6: mails refused by the server (not tried again), reply 550 5.1.1:"
                                + " 550 5.1.1 <gone@example.org>: Recipient address rejected");
                assertThat(text.split("mails deferred by the server", -1))
                        .as("three deferred mails, one line")
                        .hasSize(2);

                IssueDeliveries d =
                        world.bean("editorControls", EditorControls.class).issueDeliveries("lmec-2021-6");
                List<String> status = StatusCommand.lines(d);
                assertThat(status)
                        .anySatisfy(
                                l -> assertThat(l)
                                        .matches(
                                                "\\s+3 deferred\\s+450 4\\.2\\.1\\s+450 4\\.2\\.1 Mailbox busy, try again later"));
                assertThat(status)
                        .anySatisfy(l -> assertThat(l)
                                .matches("\\s+1 failed\\s+550 5\\.1\\.1\\s+550 5\\.1\\.1 <gone@example.org>: .*"));

                MeterRegistry meters = world.context().getRegistry().findSingleByType(MeterRegistry.class);
                assertThat(meters.get("newsdesk.delivery.refusals")
                                .tags("result", "retry", "reason", "4.2.1")
                                .counter()
                                .count())
                        .isEqualTo(3);
                assertThat(meters.get("newsdesk.delivery.refusals")
                                .tags("result", "failed", "reason", "5.1.1")
                                .counter()
                                .count())
                        .isEqualTo(1);
            }
        }
    }
}
