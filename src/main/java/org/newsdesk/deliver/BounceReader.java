package org.newsdesk.deliver;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.dsn.DeliveryStatus;

/**
 * Reads what a returned mail says: which subscriber it is about, the enhanced status code, and whether
 * it is a hard bounce (the address is gone for good), a soft one (try later), an automatic reply (out
 * of office, challenge-response) or nothing usable. RFC 3464 delivery-status parts are read with Angus
 * Mail's DSN reader; the plain-text notices some MTAs still send (qmail, old Exim, some providers) by
 * their status and reply codes. The issue and subscriber come from our own clues: the VERP token in
 * the address the bounce came back to, or our Message-ID in the returned headers. Trusting them is the
 * caller's business ({@link VerpTokens} verifies the token).
 */
public final class BounceReader {

    public enum Kind {
        HARD,
        SOFT,
        AUTO_REPLY,
        UNKNOWN
    }

    /** What a returned mail says; any field may be null but the kind. */
    public record Bounce(
            String recipient,
            String status,
            Kind kind,
            String issue,
            Long subscriber,
            String verpToken,
            String evidence) {}

    private static final Pattern VERP = Pattern.compile("(?i)bounces\\+([A-Za-z0-9._-]+)@");
    /** Our Message-IDs, <ISSUE.SUBSCRIBER.UUID@domain>, wherever they appear (returned headers, In-Reply-To). */
    private static final Pattern OUR_MESSAGE_ID =
            Pattern.compile("(?i)<([a-z0-9][a-z0-9-]*-\\d{4}-\\d+)\\.(\\d+)\\.[0-9a-f]{8}-[0-9a-f-]{27}@[^>\\s]+>");

    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern REPLY = Pattern.compile("(?m)(?<!\\d)([45])\\d\\d(?=[ -])");
    private static final Pattern ADDRESS = Pattern.compile("<?([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,63})>?");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "(?i)^(automatic reply|auto(matic)?[ -]?(response|reply)|auto:|out of (the )?office|abwesenheit|自动回复|自動回覆|vacation)");
    private static final Pattern CHALLENGE = Pattern.compile(
            "(?i)(verify (that )?you are (a )?human|confirm (that )?you are (a )?(real )?(person|human|sender)|"
                    + "challenge[- ]response|spam ?arrest|sender verification|click (the|this) link to (verify|confirm|deliver))");

    private final Session session = Session.getInstance(new Properties());

    public Bounce read(byte[] raw) {
        MimeMessage mail;
        String text;
        try {
            mail = new MimeMessage(session, new ByteArrayInputStream(raw));
            text = allText(mail);
        } catch (MessagingException | IOException e) {
            return new Bounce(null, null, Kind.UNKNOWN, null, null, null, "the mail cannot be read: " + e.getMessage());
        }
        String headers =
                new String(raw, 0, Math.min(raw.length, headerEnd(raw)), java.nio.charset.StandardCharsets.ISO_8859_1);
        String verp = firstGroup(VERP, headers);
        String issue = null;
        Long subscriber = null;
        if (verp != null) {
            String[] parts = verp.split("\\.");
            if (parts.length >= 2 && parts[1].matches("\\d{1,18}")) {
                issue = parts[0];
                subscriber = Long.valueOf(parts[1]);
            }
        }
        Matcher id = OUR_MESSAGE_ID.matcher(headers + "\n" + text);
        if (issue == null && id.find()) {
            issue = id.group(1);
            subscriber = Long.valueOf(id.group(2));
        }
        List<InternetHeaders> recipients = deliveryStatus(mail);
        if (!recipients.isEmpty()) {
            Bounce report = fromReport(recipients, issue, subscriber, verp);
            // the returned original names the address we sent to; a forward may have changed the report's
            String sentTo = returnedTo(text);
            return sentTo == null || report.kind() == Kind.UNKNOWN
                    ? report
                    : new Bounce(
                            sentTo,
                            report.status(),
                            report.kind(),
                            report.issue(),
                            report.subscriber(),
                            report.verpToken(),
                            report.evidence());
        }
        // a delivery failure notice is a bounce even when it is marked as an automatic reply (Exim, 163)
        if (!failureNotice(mail, text) && autoReply(mail, text)) {
            return new Bounce(sender(mail), null, Kind.AUTO_REPLY, issue, subscriber, verp, "an automatic reply");
        }
        return fromText(mail, text, issue, subscriber, verp);
    }

    private static Bounce fromReport(List<InternetHeaders> recipients, String issue, Long subscriber, String verp) {
        // the recipient that failed decides; a report may also list ones delivered or relayed
        InternetHeaders chosen = null;
        for (String wanted : List.of("failed", "delayed")) {
            for (InternetHeaders r : recipients) {
                if (wanted.equalsIgnoreCase(field(r, "Action"))) {
                    chosen = r;
                    break;
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            chosen = recipients.get(0);
        }
        String action = field(chosen, "Action");
        String status = status(field(chosen, "Status"));
        String diagnostic = field(chosen, "Diagnostic-Code");
        if (status == null && diagnostic != null) {
            status = status(diagnostic);
        }
        // the address we sent to: Original-Recipient when the report keeps it (a forward changes Final-Recipient)
        String recipient = address(field(chosen, "Original-Recipient"));
        if (recipient == null) {
            recipient = address(field(chosen, "Final-Recipient"));
        }
        Kind kind;
        if ("delayed".equalsIgnoreCase(action)) {
            kind = Kind.SOFT;
        } else if ("delivered".equalsIgnoreCase(action)
                || "relayed".equalsIgnoreCase(action)
                || "expanded".equalsIgnoreCase(action)) {
            kind = Kind.UNKNOWN;
        } else {
            kind = kindOf(status, diagnostic);
        }
        return new Bounce(
                recipient,
                status,
                kind,
                issue,
                subscriber,
                verp,
                "delivery-status: Action " + action + (diagnostic == null ? "" : ", " + diagnostic.strip()));
    }

    private static final Pattern FAILURE_WORDS = Pattern.compile(
            "(?i)(could not be delivered|couldn't be delivered|undeliverable|undelivered mail|delivery (has )?failed|"
                    + "failed permanently|wasn't able to deliver|was not able to deliver|unable to deliver|"
                    + "address(es)? failed|returned mail|delivery status notification|failure notice|"
                    + "retry time(out)? (not reached|exceeded)|退信|无法投递|未能送达|投递失败|发送失败)");

    /** The mail says a delivery failed: from a mailer daemon, or in the words of failure notices. */
    private static boolean failureNotice(MimeMessage mail, String text) {
        String from = String.valueOf(sender(mail));
        String subject;
        try {
            subject = String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            subject = "";
        }
        return from.startsWith("mailer-daemon@")
                || from.startsWith("postmaster@")
                || FAILURE_WORDS.matcher(subject).find()
                || FAILURE_WORDS.matcher(text).find();
    }

    private static Bounce fromText(MimeMessage mail, String text, String issue, Long subscriber, String verp) {
        String status = status(text);
        Matcher reply = REPLY.matcher(text);
        String replyClass = reply.find() ? reply.group(1) : null;
        boolean failureWords = failureNotice(mail, text);
        if (status == null && replyClass == null && !failureWords) {
            return new Bounce(
                    null, null, Kind.UNKNOWN, issue, subscriber, verp, "no status, reply code or failure notice");
        }
        Kind kind = status != null
                ? kindOf(status, text)
                : "4".equals(replyClass)
                        ? Kind.SOFT
                        : failureWords || "5".equals(replyClass) ? Kind.HARD : Kind.UNKNOWN;
        return new Bounce(failedAddress(mail, text), status, kind, issue, subscriber, verp, "a plain-text notice");
    }

    /** 5.x.x is for good, 4.x.x for now; a policy block (5.7.x) says nothing of the mailbox: another try later. */
    static Kind kindOf(String status, String diagnostic) {
        if (status == null) {
            String d = diagnostic == null ? "" : diagnostic;
            Matcher reply = REPLY.matcher(d);
            if (reply.find()) {
                return reply.group(1).equals("5") ? Kind.HARD : Kind.SOFT;
            }
            return Kind.HARD;
        }
        if (status.startsWith("4")) {
            return Kind.SOFT;
        }
        if (status.startsWith("5.7.")) {
            return Kind.SOFT;
        }
        return status.startsWith("5") ? Kind.HARD : Kind.UNKNOWN;
    }

    private static boolean autoReply(MimeMessage mail, String text) {
        try {
            String auto = mail.getHeader("Auto-Submitted", null);
            String subject = mail.getSubject() == null ? "" : mail.getSubject().strip();
            return auto != null && auto.toLowerCase(Locale.ROOT).startsWith("auto-replied")
                    || mail.getHeader("X-Autoreply", null) != null
                    || mail.getHeader("X-Autorespond", null) != null
                    || "auto_reply".equalsIgnoreCase(String.valueOf(mail.getHeader("Precedence", null)))
                    || AUTO_SUBJECT.matcher(subject).find()
                    || CHALLENGE.matcher(subject + "\n" + text).find();
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Every delivery-status part, as its per-recipient header blocks. */
    private List<InternetHeaders> deliveryStatus(Part part) {
        List<InternetHeaders> blocks = new ArrayList<>();
        try {
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                try (InputStream in = part.getInputStream()) {
                    DeliveryStatus status = new DeliveryStatus(in);
                    for (int i = 0; i < status.getRecipientDSNCount(); i++) {
                        blocks.add(status.getRecipientDSN(i));
                    }
                }
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    blocks.addAll(deliveryStatus(multi.getBodyPart(i)));
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // a damaged report part: the text fallback still reads what it can
        }
        return blocks;
    }

    /** The text of every part, returned headers included, for the plain-text fallback and our clues. */
    private static String allText(Part part) throws MessagingException, IOException {
        StringBuilder out = new StringBuilder();
        collect(part, out, 0);
        return out.toString();
    }

    private static void collect(Part part, StringBuilder out, int depth) throws MessagingException, IOException {
        if (depth > 8 || out.length() > 1_000_000) {
            return;
        }
        Object content;
        try {
            content = part.getContent();
        } catch (IOException | MessagingException | RuntimeException e) {
            try (InputStream in = part.getInputStream()) {
                out.append(new String(in.readNBytes(200_000), java.nio.charset.StandardCharsets.UTF_8))
                        .append('\n');
            }
            return;
        }
        if (content instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                collect(p, out, depth + 1);
            }
        } else if (content instanceof MimeMessage inner) {
            java.util.Enumeration<String> lines = inner.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                out.append(lines.nextElement()).append('\n');
            }
            collect(inner, out, depth + 1);
        } else if (content instanceof String s) {
            out.append(part.isMimeType("text/html") ? org.jsoup.Jsoup.parse(s).wholeText() : s)
                    .append('\n');
        } else if (content instanceof InputStream in) {
            out.append(new String(in.readNBytes(200_000), java.nio.charset.StandardCharsets.UTF_8))
                    .append('\n');
        } else if (content != null) {
            out.append(content).append('\n');
        }
    }

    /** The address a plain-text notice says failed: the first one that is neither ours nor the sender's. */
    private static String failedAddress(MimeMessage mail, String text) {
        String from = sender(mail);
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String a = m.group(1).toLowerCase(Locale.ROOT);
            if (a.startsWith("bounces+")
                    || a.startsWith("mailer-daemon@")
                    || a.startsWith("postmaster@")
                    || a.startsWith("newsletter@")
                    || a.equals(from)
                    || a.contains("..")
                    || a.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*@.*")) {
                continue;
            }
            return a;
        }
        return null;
    }

    private static final Pattern RETURNED_TO = Pattern.compile("(?mi)^To:[ \\t]*(.+)$");

    /** The To: of the returned original (its headers are part of the text), when it names one address. */
    static String returnedTo(String text) {
        Matcher m = RETURNED_TO.matcher(text);
        while (m.find()) {
            String a = address(m.group(1));
            if (a != null && !a.startsWith("bounces+") && !m.group(1).contains(",")) {
                return a;
            }
        }
        return null;
    }

    private static String sender(MimeMessage mail) {
        try {
            return mail.getFrom() == null || mail.getFrom().length == 0 ? null : address(mail.getFrom()[0].toString());
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String field(InternetHeaders h, String name) {
        String v = h.getHeader(name, null);
        return v == null ? null : v.replaceAll("\\s+", " ").strip();
    }

    static String status(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = STATUS.matcher(text);
        return m.find() ? m.group(1) + "." + m.group(2) + "." + m.group(3) : null;
    }

    static String address(String field) {
        if (field == null) {
            return null;
        }
        String v = field.replaceFirst("(?i)^\\s*(rfc822|utf-8)\\s*;", "");
        Matcher m = ADDRESS.matcher(v);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String firstGroup(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && raw[i + 2] == '\n')) {
                return i;
            }
        }
        return raw.length;
    }
}
