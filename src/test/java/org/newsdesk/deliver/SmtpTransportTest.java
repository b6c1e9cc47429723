package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Subscriber;

class SmtpTransportTest {

    final NewsletterMail mail = new NewsletterMail(NewsletterMailTest.TOKENS, "https://news.example.org");

    MimeMessage mailTo(int i) throws Exception {
        return mail.compose(
                NewsletterMailTest.issue("Issue 6, 2021"),
                NewsletterMailTest.LMEC,
                new Subscriber(i, "lmec", "reader" + i + "@example.org", "Reader " + i, "en", "active"));
    }

    static SmtpTransport transport(SmtpPeer peer, int connections) {
        return new SmtpTransport(
                new SmtpTransport.Settings("127.0.0.1", peer.port(), "none", null, null, connections, 5_000));
    }

    @Test
    void connectionsAreReusedAcrossMailsOnePerConcurrentSender() throws Exception {
        try (SmtpPeer peer = new SmtpPeer();
                SmtpTransport smtp = transport(peer, 3)) {
            ExecutorService senders = Executors.newFixedThreadPool(3);
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                MimeMessage m = mailTo(i);
                int id = i;
                results.add(senders.submit(() -> smtp.send(m, "lmec-2021-6", id)));
            }
            for (Future<SendResult> r : results) {
                assertThat(r.get().kind()).isEqualTo(SendResult.Kind.SENT);
            }
            senders.shutdown();
            assertThat(peer.receivedTotal()).isEqualTo(60);
            assertThat(peer.connections()).isBetween(1, 3);
        }
    }

    @Test
    void aReusedConnectionIsNotPingedBeforeEveryMail() throws Exception {
        try (SmtpPeer peer = new SmtpPeer();
                SmtpTransport smtp = transport(peer, 1)) {
            for (int i = 0; i < 10; i++) {
                smtp.send(mailTo(i), "lmec-2021-6", i);
            }
            // EHLO once, then MAIL, RCPT, DATA per mail: no NOOP or RSET round trip in between
            assertThat(peer.commands()).isLessThanOrEqualTo(1 + 10 * 3);
        }
    }

    @Test
    void aTemporaryRefusalIsRetryAndAPermanentOneIsFailedWithTheReply() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()
                        .answerRecipients(a -> a.startsWith("reader1@")
                                ? "550 5.1.1 <reader1@example.org>: no such user"
                                : a.startsWith("reader2@") ? "452 4.2.2 mailbox full, try later" : null)
                        .refuseWhen(t -> t == 2);
                SmtpTransport smtp = transport(peer, 1)) {
            SendResult ok = smtp.send(mailTo(0), "i", 0);
            SendResult gone = smtp.send(mailTo(1), "i", 1);
            SendResult full = smtp.send(mailTo(2), "i", 2);
            SendResult throttled = smtp.send(mailTo(3), "i", 3);
            SendResult after = smtp.send(mailTo(4), "i", 4);
            assertThat(ok.kind()).isEqualTo(SendResult.Kind.SENT);
            assertThat(gone.kind()).isEqualTo(SendResult.Kind.FAILED);
            assertThat(gone.reply()).contains("550 5.1.1").contains("no such user");
            assertThat(full.kind()).isEqualTo(SendResult.Kind.RETRY);
            assertThat(full.reply()).contains("452");
            assertThat(throttled.kind()).isEqualTo(SendResult.Kind.RETRY);
            assertThat(throttled.reply()).contains("451");
            assertThat(after.kind()).isEqualTo(SendResult.Kind.SENT);
            assertThat(peer.receivedByRecipient()).containsOnlyKeys("reader0@example.org", "reader4@example.org");
        }
    }

    @Test
    void socketsOpenedForSmtpAndSmtpsHaveNagleOff() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            try (java.net.Socket plain = new SmtpTransport.NoDelaySocketFactory(javax.net.SocketFactory.getDefault())
                    .createSocket("127.0.0.1", peer.port())) {
                assertThat(plain.getTcpNoDelay()).isTrue();
            }
            try (java.net.Socket tls = new SmtpTransport.NoDelayTlsSocketFactory(
                            (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault())
                    .createSocket()) {
                assertThat(tls.getTcpNoDelay()).isTrue();
            }
        }
    }

    @Test
    void after421TheConnectionIsDroppedAndTheNextMailGoesOutOnANewOne() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().closeWith421When(t -> t == 2);
                SmtpTransport smtp = transport(peer, 1)) {
            assertThat(smtp.send(mailTo(0), "i", 0).kind()).isEqualTo(SendResult.Kind.SENT);
            SendResult closing = smtp.send(mailTo(1), "i", 1);
            assertThat(closing.kind()).isEqualTo(SendResult.Kind.RETRY);
            assertThat(closing.reply()).contains("421");
            assertThat(smtp.send(mailTo(2), "i", 2).kind()).isEqualTo(SendResult.Kind.SENT);
            assertThat(peer.connections()).isEqualTo(2);
        }
    }

    @Test
    void noServerMeansRetryLaterNotFailed() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SmtpTransport smtp =
                new SmtpTransport(new SmtpTransport.Settings("127.0.0.1", port, "none", null, null, 1, 2_000))) {
            assertThat(smtp.send(mailTo(0), "i", 0).kind()).isEqualTo(SendResult.Kind.RETRY);
        }
    }
}
