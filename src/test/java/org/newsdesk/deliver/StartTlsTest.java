package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Subscriber;

/** STARTTLS on the SMTP submission port: login and mail only inside TLS, never in clear text. */
class StartTlsTest {

    static final KeyStore KEYS = new DummySSLServerSocketFactory().getKeyStore();

    static SSLContext server() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(KEYS, "changeit".toCharArray());
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf.getKeyManagers(), null, null);
        return c;
    }

    /** A client that trusts the test server's certificate, as production trusts the JVM's CAs. */
    static SSLContext client() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(KEYS);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        return c;
    }

    SendResult sendOne(SmtpPeer peer) throws Exception {
        NewsletterMail mail = new NewsletterMail(NewsletterMailTest.TOKENS, "https://news.example.org");
        try (SmtpTransport smtp = new SmtpTransport(
                new SmtpTransport.Settings(
                        "127.0.0.1", peer.port(), "starttls", "sender@lmec.example", "s3cret", 1, 5_000),
                client().getSocketFactory(),
                false)) {
            SendResult first = smtp.send(
                    mail.compose(
                            NewsletterMailTest.issue("Issue 6, 2021"),
                            NewsletterMailTest.LMEC,
                            new Subscriber(1, "lmec", "reader1@example.org", null, "en", "active")),
                    "lmec-2021-6",
                    1);
            if (first.kind() != SendResult.Kind.SENT) {
                return first;
            }
            return smtp.send(
                    mail.compose(
                            NewsletterMailTest.issue("Issue 6, 2021"),
                            NewsletterMailTest.LMEC,
                            new Subscriber(2, "lmec", "reader2@example.org", null, "en", "active")),
                    "lmec-2021-6",
                    2);
        }
    }

    @Test
    void theSessionIsEncryptedBeforeTheLoginAndTheMailsOnOneConnection() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().startTls(server())) {
            SendResult r = sendOne(peer);
            assertThat(r.kind()).as(r.reply()).isEqualTo(SendResult.Kind.SENT);
            assertThat(peer.receivedByRecipient()).containsOnlyKeys("reader1@example.org", "reader2@example.org");
            assertThat(peer.tlsSessions()).isEqualTo(1);
            assertThat(peer.connections()).isEqualTo(1);
            assertThat(peer.clearTextMails()).isZero();
            assertThat(peer.logins()).containsExactly("sender@lmec.example:s3cret");
        }
    }

    @Test
    void aServerWithoutStartTlsGetsNothingInClearText() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            SendResult r = sendOne(peer);
            assertThat(r.kind()).isEqualTo(SendResult.Kind.RETRY);
            assertThat(r.reply()).containsIgnoringCase("STARTTLS");
            assertThat(peer.receivedTotal()).isZero();
            assertThat(peer.clearTextMails()).isZero();
            assertThat(peer.logins()).isEmpty();
        }
    }
}
