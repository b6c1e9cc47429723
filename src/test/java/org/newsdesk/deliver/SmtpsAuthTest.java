package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.DummySSLSocketFactory;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.domain.Subscriber;

/** SMTPS with authentication (GreenMail's SMTPS server and its own certificate). */
class SmtpsAuthTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("sender@lmec.example", "s3cret"))
            .withPerMethodLifecycle(false);

    final NewsletterMail mail = new NewsletterMail(NewsletterMailTest.TOKENS, "https://news.example.org");

    SmtpTransport transport(String password) {
        return new SmtpTransport(
                new SmtpTransport.Settings(
                        "127.0.0.1",
                        greenMail.getSmtps().getPort(),
                        "smtps",
                        "sender@lmec.example",
                        password,
                        1,
                        5_000),
                new DummySSLSocketFactory(),
                false);
    }

    MimeMessage mailTo(String address) throws Exception {
        return mail.compose(
                NewsletterMailTest.issue("Issue 6, 2021"),
                NewsletterMailTest.LMEC,
                new Subscriber(1, "lmec", address, null, "en", "active"));
    }

    @Test
    void aMailGoesOutOverSmtpsWithTheConfiguredLogin() throws Exception {
        try (SmtpTransport smtps = transport("s3cret")) {
            assertThat(smtps.describe())
                    .isEqualTo("smtps://127.0.0.1:" + greenMail.getSmtps().getPort() + " as sender@lmec.example")
                    .doesNotContain("s3cret");
            SendResult r = smtps.send(mailTo("tls-reader@example.org"), "lmec-2021-6", 1);
            assertThat(r.kind()).as(r.reply()).isEqualTo(SendResult.Kind.SENT);
        }
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessagesForDomain("tls-reader@example.org"))
                .hasSize(1);
    }

    @Test
    void aWrongPasswordSendsNothingAndIsRetriedLaterNotFailed() throws Exception {
        try (SmtpTransport smtps = transport("wrong")) {
            SendResult r = smtps.send(mailTo("nobody@example.org"), "lmec-2021-6", 2);
            assertThat(r.kind()).isEqualTo(SendResult.Kind.RETRY);
        }
        assertThat(greenMail.getReceivedMessagesForDomain("nobody@example.org")).isEmpty();
    }
}
