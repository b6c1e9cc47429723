package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.RunningNewsdesk;

/** The mailto: of List-Unsubscribe, read from a real IMAP mailbox (GreenMail) and honoured with the link's token. */
class MailtoUnsubscribeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(
                    GreenMailConfiguration.aConfig().withUser("newsletter@lmec.example", "newsletter", "secret"))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static GreenMailUser mailbox;

    @BeforeAll
    static void start() {
        mailbox = greenMail.getUserManager().getUser("newsletter");
        newsdesk = RunningNewsdesk.start(
                work,
                Map.of(
                        "newsdesk.unsubscribe.mailbox-host", "127.0.0.1",
                        "newsdesk.unsubscribe.mailbox-protocol", "imap",
                        "newsdesk.unsubscribe.mailbox-port",
                                Integer.toString(greenMail.getImap().getPort()),
                        "newsdesk.unsubscribe.mailbox-user", "newsletter",
                        "newsdesk.unsubscribe.mailbox-password", "secret",
                        "newsdesk.unsubscribe.mailbox-poll-millis", "200"));
    }

    @AfterAll
    static void stop() {
        newsdesk.close();
    }

    static MimeMessage mail(String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("newsletter@lmec.example"));
        m.setSubject(subject);
        m.setText("");
        m.saveChanges();
        return m;
    }

    @Test
    void aMailWithTheTokenUnsubscribesOnlyItsSubscriberAndAForgedOneNobody() throws Exception {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        subscribers.add("lmec", "leaving@example.org", null, "en");
        subscribers.add("lmec", "staying@example.org", null, "en");
        Subscriber leaving = subscribers.find("lmec", "leaving@example.org").orElseThrow();
        Subscriber staying = subscribers.find("lmec", "staying@example.org").orElseThrow();
        String token = newsdesk.bean("unsubscribeTokens", UnsubscribeTokens.class)
                .tokenFor("lmec", leaving.id(), leaving.address());

        // a forged token for the other subscriber, sent first
        mailbox.deliver(mail("prankster@example.net", "unsubscribe " + staying.id() + ".AAAAforged"));
        mailbox.deliver(mail("leaving@example.org", "unsubscribe " + token));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        subscribers.find(leaving.id()).orElseThrow().status().equals("unsubscribed"));
        // both mails were read (moved out of the inbox), and the forged one changed nothing
        await().atMost(Duration.ofSeconds(20))
                .until(() -> greenMail.getReceivedMessages().length == 2
                        && newsdesk.context().getInflightRepository().size() == 0);
        Thread.sleep(500);
        assertThat(subscribers.find(staying.id()).orElseThrow().status()).isEqualTo("active");
    }
}
