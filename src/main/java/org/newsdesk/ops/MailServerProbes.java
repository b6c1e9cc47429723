package org.newsdesk.ops;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.newsdesk.deliver.SmtpTransport;

/**
 * The probes of the mail health checks, through Jakarta Mail as delivery and the mailbox intake use it:
 * SMTP EHLO, STARTTLS and login; IMAP login and opening the folder notes arrive in. Each failure is
 * said as what went wrong and what to change.
 */
final class MailServerProbes {

    private MailServerProbes() {}

    /** The relay as a mail sees it: the same security, login and trust as delivery. */
    static ServerHealthCheck.Probe smtp(SmtpTransport relay, String where, boolean starttls, String user) {
        return () -> {
            try {
                relay.probe();
                return null;
            } catch (Exception e) {
                return "SMTP relay " + where + ": " + smtpReason(e, starttls, user);
            }
        };
    }

    /** The IMAP settings of the mailbox intake ({@code newsdesk.mailbox.*}). */
    record Imap(String protocol, String host, int port, String user, String password, String folder) {}

    static ServerHealthCheck.Probe imap(
            Imap imap, int timeoutMillis, SSLSocketFactory tls, boolean checkServerIdentity) {
        String proto = "imaps".equalsIgnoreCase(imap.protocol()) ? "imaps" : "imap";
        Properties p = new Properties();
        p.setProperty("mail." + proto + ".connectiontimeout", Integer.toString(timeoutMillis));
        p.setProperty("mail." + proto + ".timeout", Integer.toString(timeoutMillis));
        p.setProperty("mail." + proto + ".writetimeout", Integer.toString(timeoutMillis));
        p.setProperty("mail." + proto + ".ssl.checkserveridentity", Boolean.toString(checkServerIdentity));
        if (proto.equals("imaps")) {
            p.put("mail.imaps.ssl.socketFactory", tls);
        }
        Session session = Session.getInstance(p);
        String where = imap.host() + ":" + imap.port();
        return () -> {
            try (Store store = session.getStore(proto)) {
                store.connect(imap.host(), imap.port(), imap.user(), imap.password());
                Folder folder = store.getFolder(imap.folder());
                folder.open(Folder.READ_ONLY);
                folder.close(false);
                return null;
            } catch (FolderNotFoundException e) {
                return "IMAP mailbox " + where + ": the folder " + imap.folder()
                        + " does not exist: create it or set newsdesk.mailbox.folder";
            } catch (Exception e) {
                return "IMAP mailbox " + where + ": " + imapReason(e, imap.user());
            }
        };
    }

    private static String smtpReason(Exception e, boolean starttls, String user) {
        if (e instanceof AuthenticationFailedException) {
            return "login as " + user + " refused (" + oneLine(e.getMessage())
                    + "): check NEWSDESK_SMTP_USER and NEWSDESK_SMTP_PASSWORD";
        }
        String message = oneLine(e.getMessage());
        if (message.contains("STARTTLS is required")) {
            return "the relay does not offer STARTTLS, and newsdesk sends nothing in clear text: enable STARTTLS"
                    + " on the relay, or set NEWSDESK_SMTP_SECURITY=smtps for a relay on port 465";
        }
        String transport =
                transportReason(e, starttls ? "STARTTLS" : "TLS", "NEWSDESK_SMTP_HOST and NEWSDESK_SMTP_PORT");
        if (transport != null) {
            return transport;
        }
        return "the relay refused the session (" + message + ")";
    }

    private static String imapReason(Exception e, String user) {
        if (e instanceof AuthenticationFailedException) {
            return "login as " + user + " refused (" + oneLine(e.getMessage())
                    + "): check NEWSDESK_IMAP_USER and NEWSDESK_IMAP_PASSWORD";
        }
        String transport = transportReason(e, "TLS", "NEWSDESK_IMAP_HOST and NEWSDESK_IMAP_PORT");
        return transport != null ? transport : "the server refused the session (" + oneLine(e.getMessage()) + ")";
    }

    /** Reasons below the mail protocol: the network and TLS. */
    private static String transportReason(Exception e, String tls, String settings) {
        Throwable certificate = find(e, CertPathValidatorException.class);
        if (certificate == null && String.valueOf(messages(e)).contains("PKIX path building failed")) {
            certificate = e;
        }
        if (certificate != null) {
            return tls + " failed: certificate not trusted (PKIX path building failed): install the server's CA"
                    + " certificate in the Java trust store (keytool -importcert -cacerts), or start newsdesk with"
                    + " -Djavax.net.ssl.trustStore=FILE holding it";
        }
        if (find(e, CertificateException.class) != null) {
            return tls + " failed: "
                    + oneLine(find(e, CertificateException.class).getMessage())
                    + ": the certificate must name the host newsdesk connects to";
        }
        if (find(e, SSLException.class) != null) {
            return tls + " failed: " + oneLine(find(e, SSLException.class).getMessage());
        }
        if (find(e, UnknownHostException.class) != null) {
            return "the host name does not resolve: check " + settings;
        }
        if (find(e, ConnectException.class) != null) {
            return "cannot be reached ("
                    + oneLine(find(e, ConnectException.class).getMessage()) + "): is the server running, and are "
                    + settings + " right?";
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return "no answer in time ("
                    + oneLine(find(e, SocketTimeoutException.class).getMessage())
                    + "): is the server overloaded, or a firewall dropping the connection?";
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof MessagingException m) {
            cause = m.getNextException();
        }
        return cause == t ? null : cause;
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = next(t)) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
