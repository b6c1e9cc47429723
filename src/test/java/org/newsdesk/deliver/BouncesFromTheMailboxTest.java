package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * A relay (GreenMail) accepts every mail of an issue; later a bounce comes back to one mail's VERP
 * address in the bounce mailbox. The subscriber is marked bounced and the next issue skips it.
 */
class BouncesFromTheMailboxTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
                ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
            })
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bounces@lmec.example", "bounces", "secret"))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static GreenMailUser bounceBox;

    @BeforeAll
    static void start() {
        bounceBox = greenMail.getUserManager().getUser("bounces");
        newsdesk = RunningNewsdesk.start(
                work,
                Map.of(
                        "newsdesk.smtp.host", "127.0.0.1",
                        "newsdesk.smtp.port",
                                Integer.toString(greenMail.getSmtp().getPort()),
                        "newsdesk.smtp.security", "none",
                        "newsdesk.bounces.mailbox-host", "127.0.0.1",
                        "newsdesk.bounces.mailbox-protocol", "imap",
                        "newsdesk.bounces.mailbox-port",
                                Integer.toString(greenMail.getImap().getPort()),
                        "newsdesk.bounces.mailbox-user", "bounces",
                        "newsdesk.bounces.mailbox-password", "secret",
                        "newsdesk.bounces.mailbox-poll-millis", "200"));
    }

    @AfterAll
    static void stop() {
        newsdesk.close();
    }

    static String publish(String note) throws Exception {
        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        int before = items.count("lmec", "published");
        RunningNewsdesk.dropNote(work, note);
        await().atMost(Duration.ofSeconds(20)).until(() -> items.count("lmec", "pending") == 1);
        EditorControls.PublishOutcome made =
                newsdesk.bean("editorControls", EditorControls.class).publishNow("lmec");
        assertThat(items.count("lmec", "published")).isGreaterThan(before);
        return made.issue();
    }

    @Test
    void aBounceThatArrivesLaterMarksTheSubscriberAndTheNextIssueSkipsIt() throws Exception {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        DeliveryLedger ledger = newsdesk.bean("deliveryLedger", DeliveryLedger.class);
        String first = publish("lmec/06_lmec-roundtable-s1_experts.txt");
        int reached = ledger.counts(first).get("sent");
        assertThat(reached).isGreaterThanOrEqualTo(3);

        // the relay accepted the mail to reader.one, and bounces it now, to that mail's own return path
        MimeMessage sent = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains("reader.one@lmec.example");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        String returnPath = sent.getHeader("Return-Path", null).replaceAll("[<>]", "");
        String report = """
                Return-Path: <>
                From: MAILER-DAEMON@relay.example.net (Mail Delivery System)
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

                --B1
                Content-Type: text/plain

                I'm sorry to have to inform you that your message could not be delivered.

                --B1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Final-Recipient: rfc822; reader.one@lmec.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <reader.one@lmec.example>: Recipient address rejected: User unknown

                --B1
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: LMEC Newsletter

                --B1--
                """.formatted(returnPath, sent.getMessageID()).replace("\n", "\r\n");
        bounceBox.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8))));

        long one = subscribers
                .find("lmec", "reader.one@lmec.example")
                .orElseThrow()
                .id();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subscribers.find(one).orElseThrow().status().equals("bounced"));

        // kept with what it said, for the desk's subscribers page
        assertThat(newsdesk.bean("bounceLog", org.newsdesk.store.BounceLog.class)
                        .recent("lmec", 5))
                .anySatisfy(b -> {
                    assertThat(b.recipient()).isEqualTo("reader.one@lmec.example");
                    assertThat(b.kind()).isEqualTo("hard");
                    assertThat(b.status()).isEqualTo("5.1.1");
                    assertThat(b.issueId()).isEqualTo(first);
                });

        String second = publish("lmec/07_lmec-roundtable-s1_comments.eml");
        assertThat(ledger.counts(second).get("sent")).isEqualTo(reached - 1);
        assertThat(ledger.row(second, one)).as("no row for the bounced address").isEmpty();
    }

    @Test
    void aBounceWithAForgedTokenForAnotherAddressChangesNothing() throws Exception {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        subscribers.add("lmec", "innocent@example.org", null, "en");
        long innocent =
                subscribers.find("lmec", "innocent@example.org").orElseThrow().id();
        String forged = """
                From: MAILER-DAEMON@evil.example
                To: bounces+lmec-2026-1.%d.AAAAAAAAAAAAAAAA@lmec.example
                Subject: Undelivered
                Content-Type: text/plain

                550 5.1.1 user unknown
                """.formatted(innocent).replace("\n", "\r\n");
        bounceBox.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(forged.getBytes(StandardCharsets.UTF_8))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> greenMail
                                .getManagers()
                                .getImapHostManager()
                                .getFolder(bounceBox, "INBOX")
                                .getMessageCount()
                        == 0);
        Thread.sleep(300);
        assertThat(subscribers.find(innocent).orElseThrow().status()).isEqualTo("active");
    }
}
