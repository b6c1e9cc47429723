package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.SmtpPeer;

/**
 * The smtp and mailbox checks do what delivery and the mailbox intake do: a relay whose STARTTLS fails
 * or that does not offer it, or a mailbox that refuses the password, is down with a reason a person can
 * act on; a server that never answers is down within the timeout.
 */
class MailHealthChecksTest {

    private static final KeyStore KEYS = new DummySSLServerSocketFactory().getKeyStore();

    private static SSLContext serverTls() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(KEYS, "changeit".toCharArray());
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf.getKeyManagers(), null, null);
        return c;
    }

    /** Trusts the test server's certificate, as production trusts the JVM's CAs. */
    private static SSLSocketFactory trustingTheTestServer() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(KEYS);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        return c.getSocketFactory();
    }

    private static MailHealthChecks checks(SSLSocketFactory tls, String... keysAndValues) {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        context.getPropertiesComponent().setInitialProperties(p);
        return new MailHealthChecks(new Settings(context), 1000, tls, false);
    }

    private static HealthCheck.Result call(ServerHealthCheck check) {
        check.setCamelContext(new DefaultCamelContext());
        return check.call(Map.of());
    }

    private static String relay(int port) {
        return "127.0.0.1:" + port;
    }

    @Test
    void aRelayThatDoesNotOfferStartTlsIsDownAndSaysWhatToChange() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            HealthCheck.Result r = call(checks(
                            trustingTheTestServer(),
                            "newsdesk.smtp.host",
                            relay(peer.port()),
                            "newsdesk.smtp.security",
                            "starttls")
                    .smtp());
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage())
                    .hasValue("SMTP relay " + relay(peer.port())
                            + ": the relay does not offer STARTTLS, and newsdesk sends nothing in clear text: enable"
                            + " STARTTLS on the relay, or set NEWSDESK_SMTP_SECURITY=smtps for a relay on port 465");
            assertThat(peer.clearTextMails()).isZero();
            assertThat(peer.logins()).isEmpty();
        }
    }

    @Test
    void aRelayWhoseCertificateIsNotTrustedIsDownAndSaysHowToTrustIt() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().startTls(serverTls())) {
            // the JVM's own trust store, as in production: it does not know the test server's certificate
            HealthCheck.Result r = call(checks(
                            (SSLSocketFactory) SSLSocketFactory.getDefault(),
                            "newsdesk.smtp.host",
                            relay(peer.port()),
                            "newsdesk.smtp.user",
                            "sender@lmec.example",
                            "newsdesk.smtp.password",
                            "s3cret")
                    .smtp());
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage())
                    .hasValueSatisfying(m -> assertThat(m)
                            .startsWith("SMTP relay " + relay(peer.port())
                                    + ": STARTTLS failed: certificate not trusted (PKIX path building failed)")
                            .contains("trust store"));
            assertThat(peer.logins()).isEmpty();
        }
    }

    @Test
    void aRelayThatTakesStartTlsAndTheLoginIsUp() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().startTls(serverTls())) {
            HealthCheck.Result r = call(checks(
                            trustingTheTestServer(),
                            "newsdesk.smtp.host",
                            relay(peer.port()),
                            "newsdesk.smtp.user",
                            "sender@lmec.example",
                            "newsdesk.smtp.password",
                            "s3cret")
                    .smtp());
            assertThat(r.getState()).as(r.getMessage().orElse("")).isEqualTo(HealthCheck.State.UP);
            assertThat(peer.tlsSessions()).isEqualTo(1);
            assertThat(peer.logins()).containsExactly("sender@lmec.example:s3cret");
        }
    }

    @Test
    void aMailboxThatRefusesThePasswordIsDownAndNamesTheSettingsAndTheRightOneIsUp() throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", "imap"));
        imap.setUser("notes@newsdesk.test", "notes", "secret");
        imap.start();
        try {
            String port = Integer.toString(imap.getImap().getPort());
            HealthCheck.Result wrong = call(checks(
                            trustingTheTestServer(),
                            "newsdesk.mailbox.host",
                            "127.0.0.1",
                            "newsdesk.mailbox.port",
                            port,
                            "newsdesk.mailbox.protocol",
                            "imap",
                            "newsdesk.mailbox.user",
                            "notes",
                            "newsdesk.mailbox.password",
                            "wrong")
                    .mailbox());
            assertThat(wrong.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(wrong.getMessage())
                    .hasValueSatisfying(m -> assertThat(m)
                            .startsWith("IMAP mailbox 127.0.0.1:" + port + ": login as notes refused")
                            .endsWith("check NEWSDESK_IMAP_USER and NEWSDESK_IMAP_PASSWORD"));

            HealthCheck.Result noFolder = call(checks(
                            trustingTheTestServer(),
                            "newsdesk.mailbox.host",
                            "127.0.0.1",
                            "newsdesk.mailbox.port",
                            port,
                            "newsdesk.mailbox.protocol",
                            "imap",
                            "newsdesk.mailbox.user",
                            "notes",
                            "newsdesk.mailbox.password",
                            "secret",
                            "newsdesk.mailbox.folder",
                            "Notes")
                    .mailbox());
            assertThat(noFolder.getMessage())
                    .hasValue("IMAP mailbox 127.0.0.1:" + port
                            + ": the folder Notes does not exist: create it or set newsdesk.mailbox.folder");

            HealthCheck.Result right = call(checks(
                            trustingTheTestServer(),
                            "newsdesk.mailbox.host",
                            "127.0.0.1",
                            "newsdesk.mailbox.port",
                            port,
                            "newsdesk.mailbox.protocol",
                            "imap",
                            "newsdesk.mailbox.user",
                            "notes",
                            "newsdesk.mailbox.password",
                            "secret")
                    .mailbox());
            assertThat(right.getState()).as(right.getMessage().orElse("")).isEqualTo(HealthCheck.State.UP);
        } finally {
            imap.stop();
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsDownWithinTheTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            ServerHealthCheck smtp = checks(trustingTheTestServer(), "newsdesk.smtp.host", relay(silent.getLocalPort()))
                    .smtp();
            HealthCheck.Result r = call(smtp);
            assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(r.getMessage())
                    .hasValueSatisfying(m -> assertThat(m)
                            .startsWith("SMTP relay " + relay(silent.getLocalPort()))
                            .containsAnyOf("did not answer within 1000 ms", "no answer in time"));
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aResultIsKeptForTheCacheTimeSoAPolledEndpointDoesNotLogInEachTime() throws Exception {
        try (SmtpPeer peer = new SmtpPeer().startTls(serverTls())) {
            ServerHealthCheck smtp = checks(
                            trustingTheTestServer(),
                            "newsdesk.smtp.host",
                            relay(peer.port()),
                            "newsdesk.smtp.user",
                            "sender@lmec.example",
                            "newsdesk.smtp.password",
                            "s3cret",
                            "newsdesk.health.cache-millis",
                            "600000")
                    .smtp();
            assertThat(call(smtp).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(call(smtp).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(peer.logins()).hasSize(1);
        }
    }
}
