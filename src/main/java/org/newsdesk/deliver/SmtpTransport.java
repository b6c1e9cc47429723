package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * SMTP with a small pool of connections reused across mails (one per concurrent sender), STARTTLS or
 * SMTPS, and authentication from the environment. Sockets have TCP_NODELAY set: with Nagle's algorithm
 * and delayed ACKs each SMTP command waits for the peer's ACK timer.
 */
public class SmtpTransport implements MailTransport {

    /** SMTP settings; the password comes from the environment, never from a file in git. */
    public record Settings(
            String host, int port, String security, String user, String password, int connections, int timeoutMillis) {

        public boolean smtps() {
            return "smtps".equalsIgnoreCase(security) || "ssl".equalsIgnoreCase(security);
        }

        public boolean starttls() {
            return "starttls".equalsIgnoreCase(security);
        }
    }

    /**
     * A connection idle for longer than this is checked with NOOP before it is used again (the server
     * may have closed it); one used more recently is not, which saves a round trip per mail.
     */
    private static final long CHECK_AFTER_IDLE_NANOS = 5_000_000_000L;

    /** An open connection waiting in the pool, and since when. */
    private record Idle(Transport transport, long sinceNanos) {}

    private final Settings settings;
    private final Session session;
    private final BlockingQueue<Idle> idle;

    public SmtpTransport(Settings settings) {
        this(settings, (SSLSocketFactory) SSLSocketFactory.getDefault(), true);
    }

    /**
     * @param tls                 the TLS sockets (the JVM's trust store in production)
     * @param checkServerIdentity the server's certificate must name the host (always, except against a test server)
     */
    public SmtpTransport(Settings settings, SSLSocketFactory tls, boolean checkServerIdentity) {
        this.settings = settings;
        Properties p = new Properties();
        String proto = settings.smtps() ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", proto);
        p.setProperty("mail." + proto + ".host", settings.host());
        p.setProperty("mail." + proto + ".port", Integer.toString(settings.port()));
        p.setProperty("mail." + proto + ".connectiontimeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty("mail." + proto + ".timeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty("mail." + proto + ".writetimeout", Integer.toString(settings.timeoutMillis()));
        p.setProperty(
                "mail." + proto + ".auth",
                Boolean.toString(settings.user() != null && !settings.user().isBlank()));
        p.setProperty("mail." + proto + ".ssl.checkserveridentity", Boolean.toString(checkServerIdentity));
        if (settings.starttls()) {
            // never fall back to a clear-text session when the server does not offer STARTTLS
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.socketFactory", tls);
        }
        if (settings.smtps()) {
            // an SSLSocketFactory, or the mail session would not use it for the TLS handshake
            p.put("mail.smtps.ssl.socketFactory", new NoDelayTlsSocketFactory(tls));
        } else {
            p.put("mail.smtp.socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
            p.setProperty("mail.smtp.socketFactory.fallback", "false");
        }
        this.session = Session.getInstance(p);
        this.idle = new ArrayBlockingQueue<>(Math.max(1, settings.connections()));
    }

    @Override
    public SendResult send(MimeMessage message, String issueId, long subscriberId) {
        Idle pooled = idle.poll();
        Transport transport = pooled == null ? null : pooled.transport();
        try {
            // a pooled connection is open: one that fails is closed, never pooled
            if (transport != null
                    && System.nanoTime() - pooled.sinceNanos() > CHECK_AFTER_IDLE_NANOS
                    && !transport.isConnected()) {
                closeQuietly(transport);
                transport = null;
            }
            if (transport == null) {
                transport = session.getTransport();
                transport.connect(settings.host(), settings.port(), emptyToNull(settings.user()), settings.password());
            }
            transport.sendMessage(message, message.getAllRecipients());
            String reply = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "sent";
            release(transport);
            return SendResult.sent(reply == null ? "sent" : reply.strip());
        } catch (SMTPSendFailedException e) {
            if (e.getReturnCode() == 421) {
                // 421: the server is closing this connection; the next mail needs a new one
                closeQuietly(transport);
            } else {
                release(transport);
            }
            return classify(e.getReturnCode(), e.getMessage());
        } catch (jakarta.mail.SendFailedException e) {
            release(transport);
            Exception next = e.getNextException();
            if (next instanceof SMTPAddressFailedException address) {
                return classify(address.getReturnCode(), address.getMessage());
            }
            return SendResult.failed(oneLine(e.getMessage()));
        } catch (MessagingException e) {
            closeQuietly(transport);
            // connection refused, dropped or timed out: the server gave no verdict, so try again later
            Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
            return SendResult.retry("SMTP connection problem: " + oneLine(e.getMessage())
                    + (cause == null ? "" : " (" + oneLine(cause.toString()) + ")"));
        }
    }

    /**
     * Opens a connection of its own exactly as a mail would (EHLO, STARTTLS when configured, AUTH when
     * a user is set) and closes it: what a health check needs to know before any mail is tried.
     */
    public void probe() throws MessagingException {
        Transport transport = session.getTransport();
        try {
            transport.connect(settings.host(), settings.port(), emptyToNull(settings.user()), settings.password());
        } finally {
            closeQuietly(transport);
        }
    }

    static SendResult classify(int code, String message) {
        String reply = oneLine(message);
        return code >= 400 && code < 500 ? SendResult.retry(reply) : SendResult.failed(reply);
    }

    private void release(Transport transport) {
        if (transport != null && !idle.offer(new Idle(transport, System.nanoTime()))) {
            closeQuietly(transport);
        }
    }

    private static void closeQuietly(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException ignored) {
                // a connection that failed has nothing more to say
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String describe() {
        return (settings.smtps() ? "smtps" : "smtp") + "://" + settings.host() + ":" + settings.port()
                + (settings.starttls() ? " (STARTTLS)" : "")
                + (settings.user() == null || settings.user().isBlank() ? "" : " as " + settings.user());
    }

    @Override
    public void close() {
        Idle t;
        while ((t = idle.poll()) != null) {
            closeQuietly(t.transport());
        }
    }

    /** Sets TCP_NODELAY on every socket the mail session opens. */
    static final class NoDelaySocketFactory extends SocketFactory {

        private final SocketFactory delegate;

        NoDelaySocketFactory(SocketFactory delegate) {
            this.delegate = delegate;
        }

        private static Socket noDelay(Socket s) throws IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(delegate.createSocket(address, port, localAddress, localPort));
        }
    }

    /** Sets TCP_NODELAY on every TLS socket (SMTPS) the mail session opens. */
    static final class NoDelayTlsSocketFactory extends SSLSocketFactory {

        private final SSLSocketFactory delegate;

        NoDelayTlsSocketFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        private static Socket noDelay(Socket s) throws IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(delegate.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return noDelay(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
