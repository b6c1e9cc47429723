package org.newsdesk.ops;

import javax.net.ssl.SSLSocketFactory;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.SmtpTransport;

/**
 * The {@code smtp} and {@code mailbox} health checks from the settings delivery and the mailbox intake
 * use: the same host, port, security, login and trust, so a check that is up means a mail can leave
 * and a note can be read.
 */
public final class MailHealthChecks {

    private final ServerHealthCheck smtp;
    private final ServerHealthCheck mailbox;

    /**
     * @param tls                 the TLS sockets (the JVM's trust store in production)
     * @param checkServerIdentity the certificate must name the host (always, except against a test server)
     */
    public MailHealthChecks(Settings settings, int timeoutMillis, SSLSocketFactory tls, boolean checkServerIdentity) {
        long cacheMillis = settings.getLong("newsdesk.health.cache-millis", 15_000);

        String smtpHosts = settings.get("newsdesk.smtp.host", null);
        // with several relays, the first (the one mails go to while it is up) is the one checked
        String first = smtpHosts == null ? null : smtpHosts.split(",")[0].strip();
        if (first == null || first.isEmpty()) {
            smtp = new ServerHealthCheck(
                    "smtp", null, null, "mails are written to the outbox folder", timeoutMillis, cacheMillis);
        } else {
            int colon = first.lastIndexOf(':');
            String host = colon > 0 ? first.substring(0, colon) : first;
            int port = colon > 0
                    ? Integer.parseInt(first.substring(colon + 1))
                    : settings.getInt("newsdesk.smtp.port", 587);
            SmtpTransport.Settings relay = new SmtpTransport.Settings(
                    host,
                    port,
                    settings.get("newsdesk.smtp.security", "starttls"),
                    settings.get("newsdesk.smtp.user", null),
                    settings.get("newsdesk.smtp.password", null),
                    1,
                    timeoutMillis);
            smtp = new ServerHealthCheck(
                    "smtp",
                    "SMTP relay " + host + ":" + port,
                    MailServerProbes.smtp(
                            new SmtpTransport(relay, tls, checkServerIdentity),
                            host + ":" + port,
                            relay.starttls(),
                            relay.user()),
                    "mails are written to the outbox folder",
                    timeoutMillis,
                    cacheMillis);
        }

        String imapHost = settings.get("newsdesk.mailbox.host", null);
        if (imapHost == null || imapHost.isEmpty()) {
            mailbox = new ServerHealthCheck(
                    "mailbox", null, null, "notes come from the inbox folder only", timeoutMillis, cacheMillis);
        } else {
            MailServerProbes.Imap imap = new MailServerProbes.Imap(
                    settings.get("newsdesk.mailbox.protocol", "imaps"),
                    imapHost,
                    settings.getInt("newsdesk.mailbox.port", 993),
                    settings.get("newsdesk.mailbox.user", null),
                    settings.get("newsdesk.mailbox.password", null),
                    settings.get("newsdesk.mailbox.folder", "INBOX"));
            mailbox = new ServerHealthCheck(
                    "mailbox",
                    "IMAP mailbox " + imapHost + ":" + imap.port(),
                    MailServerProbes.imap(imap, timeoutMillis, tls, checkServerIdentity),
                    "notes come from the inbox folder only",
                    timeoutMillis,
                    cacheMillis);
        }
    }

    public ServerHealthCheck smtp() {
        return smtp;
    }

    public ServerHealthCheck mailbox() {
        return mailbox;
    }
}
