package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.testing.DkimCheck;

/** Every mail of a signing publication carries a DKIM signature an independent verifier (dkimpy) accepts. */
class DkimSigningTest {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    static Path keys;

    static KeyPair pair;
    static String publicKey;
    static Publication signing;
    static NewsletterMail mail;

    static final Subscriber WANG = new Subscriber(42, "lmec", "wang.xiaoming@example.com", "王小明", "zh", "active");

    @BeforeAll
    static void aKeyOutsideGit() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
        publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        Path key = keys.resolve("lmec.pem");
        Files.writeString(
                key,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pair.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        Publication lmec = NewsletterMailTest.LMEC;
        signing = lmec.withDkim(new Publication.Dkim("news2026", null, key.toString()));
        PublicationProfiles profiles = new PublicationProfiles(java.util.List.of(signing));
        mail = new NewsletterMail(
                NewsletterMailTest.TOKENS, "https://news.example.org", DkimSigning.of(profiles), null, null);
    }

    @BeforeEach
    void verifier() {
        DkimCheck.assumeAvailable();
    }

    static byte[] bytes(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void aSignedMailVerifiesAndCoversTheListHeaders() throws Exception {
        MimeMessage signed = mail.compose(NewsletterMailTest.issue("Issue 7, 2026"), signing, WANG);
        byte[] raw = bytes(signed);
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).contains("DKIM-Signature:", "d=lmec.example", "s=news2026", "a=rsa-sha256");
        String header = text.substring(text.indexOf("DKIM-Signature:"), text.indexOf("\r\n\r\n"));
        assertThat(header.replaceAll("\\s", "").toLowerCase())
                .contains("list-unsubscribe", "list-unsubscribe-post", "list-id", "message-id", "subject", "from");
        assertThat(DkimCheck.verifies(raw, publicKey)).isTrue();
    }

    @Test
    void mailsSignedAtOnceByTheSendingThreadsEachVerify() throws Exception {
        int threads = 4;
        int each = 3;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<byte[]>>> sent = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                sent.add(pool.submit(() -> {
                    start.await();
                    java.util.List<byte[]> raws = new java.util.ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Subscriber reader = new Subscriber(
                                100 + thread * each + i,
                                "lmec",
                                "reader" + thread + "-" + i + "@example.com",
                                null,
                                "en",
                                "active");
                        raws.add(bytes(mail.compose(NewsletterMailTest.issue("Issue 7, 2026"), signing, reader)));
                    }
                    return raws;
                }));
            }
            int verified = 0;
            for (var f : sent) {
                for (byte[] raw : f.get()) {
                    assertThat(DkimCheck.verifies(raw, publicKey)).isTrue();
                    verified++;
                }
            }
            assertThat(verified).isEqualTo(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangedBodyOrSignedHeaderFailsTheSignature() throws Exception {
        byte[] raw = bytes(mail.compose(NewsletterMailTest.issue("Issue 7, 2026"), signing, WANG));
        String text = new String(raw, StandardCharsets.UTF_8);
        String body = text.replaceFirst("(?s)(\r\n\r\n.*?)Content-Type", "$1X-Changed: yes\r\nContent-Type");
        assertThat(body).isNotEqualTo(text);
        assertThat(DkimCheck.verifies(body.getBytes(StandardCharsets.UTF_8), publicKey))
                .isFalse();
        String subject = text.replaceFirst("(?m)^Subject: .*$", "Subject: =?UTF-8?Q?Win_a_prize?=");
        assertThat(DkimCheck.verifies(subject.getBytes(StandardCharsets.UTF_8), publicKey))
                .isFalse();
        // and another key does not verify it
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Base64.getEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        assertThat(DkimCheck.verifies(raw, otherKey)).isFalse();
    }

    @Test
    void theSignatureSurvivesARealSmtpRelay() throws Exception {
        MimeMessage signed = mail.compose(NewsletterMailTest.issue("Issue 7, 2026"), signing, WANG);
        String messageId = signed.getMessageID();
        try (SmtpTransport smtp = new SmtpTransport(new SmtpTransport.Settings(
                "127.0.0.1", greenMail.getSmtp().getPort(), "none", null, null, 1, 10_000))) {
            assertThat(smtp.send(signed, "lmec-2026-7", 42).kind()).isEqualTo(SendResult.Kind.SENT);
        }
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID())
                .as("the ledger's Message-ID is the one sent")
                .isEqualTo(messageId);
        byte[] relayed = GreenMailUtil.getWholeMessage(received).getBytes(StandardCharsets.UTF_8);
        assertThat(DkimCheck.verifies(relayed, publicKey)).isTrue();
    }

    @Test
    void aKeyThatCannotBeReadStopsTheStartWithTheFilesName() throws Exception {
        Path bad = keys.resolve("broken.pem");
        Files.writeString(bad, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        Publication broken = NewsletterMailTest.LMEC.withDkim(new Publication.Dkim("s1", null, bad.toString()));
        assertThatThrownBy(() -> DkimSigning.of(new PublicationProfiles(java.util.List.of(broken))))
                .hasMessageContaining("broken.pem")
                .hasMessageContaining("openssl pkcs8");
    }
}
