package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.BidiControls;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.RenderedIssue;

/**
 * Composes the mail one subscriber receives: multipart/mixed holding a multipart/alternative
 * (text/plain first, text/html last) and the PDF; From, Reply-To and subject from the profile
 * (RFC 2047 for Chinese); a unique Message-ID; List-Id and RFC 8058 one-click List-Unsubscribe. Each mail's
 * HTML gets the subscriber's own links in the footer the issue's mail HTML marks.
 */
public class NewsletterMail {

    private final Session session;

    static {
        // Jakarta Mail 2.1 finds its stream provider with a ServiceLoader scan of every jar on the class
        // path each time a part is made, written or a header decoded; naming the provider makes that a
        // cached class lookup (the scan was most of the CPU time of a send).
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final UnsubscribeTokens tokens;
    private final String publicUrl;
    private final EncodedParts parts = new EncodedParts();
    private final DkimSigning dkim;
    private final VerpTokens verp;
    private final String bounceLocalPart;

    public NewsletterMail(UnsubscribeTokens tokens, String publicUrl) {
        this(tokens, publicUrl, DkimSigning.none(), null, null);
    }

    /**
     * Mails of publications that sign are DKIM-signed as they are written out; with {@code verp}, each
     * subscriber's mail has its own envelope sender {@code <bounceLocalPart>+TOKEN@<sender domain>}.
     */
    public NewsletterMail(
            UnsubscribeTokens tokens, String publicUrl, DkimSigning dkim, VerpTokens verp, String bounceLocalPart) {
        this.dkim = dkim;
        this.verp = verp;
        this.bounceLocalPart = bounceLocalPart == null ? "bounces" : bounceLocalPart;
        Properties props = new Properties();
        props.setProperty("mail.mime.splitlongparameters", "false");
        this.session = Session.getInstance(props);
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public MimeMessage compose(RenderedIssue rendered, Publication publication, Subscriber subscriber)
            throws MessagingException {
        InternetAddress from = strictAddress(publication.fromAddress(), "from_address of " + publication.id());
        String messageId = "<" + rendered.issue().id() + "." + subscriber.id() + "." + UUID.randomUUID() + "@"
                + domainOf(from) + ">";
        MimeMessage message = new org.eclipse.angus.mail.smtp.SMTPMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        if (publication.replyTo() != null) {
            message.setReplyTo(
                    new InternetAddress[] {strictAddress(publication.replyTo(), "reply_to of " + publication.id())});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(subscriber));
        message.setSubject(subject(rendered, publication), "UTF-8");
        message.setSentDate(new Date());

        String token = tokens.tokenFor(publication.id(), subscriber.id(), subscriber.address());
        String url = publicUrl + "/unsubscribe?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String mailto = "mailto:" + from.getAddress() + "?subject="
                + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8)
                        .replace("+", "%20");
        message.setHeader(
                "List-Id",
                HeaderText.clean(publication.name()).replace("<", "").replace(">", "") + " <" + publication.id()
                        + ".list." + domainOf(from) + ">");
        message.setHeader("List-Unsubscribe", "<" + url + ">, <" + mailto + ">");
        if (publication.archivePublic()) {
            message.setHeader("List-Archive", "<" + publicUrl + "/p/" + publication.id() + "/>");
        }
        String preferences = publicUrl + "/p/preferences?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = parts.text(
                rendered,
                "--\n" + HeaderText.clean(publication.subscriptionReason())
                        + "\nYour subscription (name, language, leave): " + preferences + "\nUnsubscribe: " + url
                        + "\n");
        MimeBodyPart html = parts.html(
                rendered,
                footer -> footer.replace(IssueRenderer.PREFERENCES_LINK, attribute(preferences))
                        .replace(IssueRenderer.UNSUBSCRIBE_LINK, attribute(url)),
                unsubscribeFooter(url, preferences, publication));
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart pdf = parts.pdf(rendered);

        message.setContent(new MimeMultipart("mixed", body, pdf));
        message.saveChanges();
        MimeMessage out = dkim.sign(message, publication.id());
        if (verp != null && out instanceof org.eclipse.angus.mail.smtp.SMTPMessage smtp) {
            // bounces come back to an address that names this mail; the From stays the publication's
            smtp.setEnvelopeFrom(verp.returnPath(
                    bounceLocalPart, from.getAddress(), rendered.issue().id(), subscriber.id()));
        }
        return out;
    }

    /**
     * The same issue for a mailbox that is not a subscriber (an archive, a colleague): the subscribers'
     * mail without the unsubscribe link and list headers.
     */
    public MimeMessage copy(RenderedIssue rendered, Publication publication, String address) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(strictAddress(publication.fromAddress(), "from_address of " + publication.id()));
        if (publication.replyTo() != null) {
            message.setReplyTo(
                    new InternetAddress[] {strictAddress(publication.replyTo(), "reply_to of " + publication.id())});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, strictAddress(address, "the address of the copy"));
        message.setSubject(subject(rendered, publication), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart alternative =
                new MimeMultipart("alternative", parts.text(rendered, ""), parts.html(rendered, footer -> "", ""));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        message.setContent(new MimeMultipart("mixed", body, parts.pdf(rendered)));
        message.saveChanges();
        return dkim.sign(message, publication.id());
    }

    /**
     * Subjects longer than this are cut at a word and end in "…": RFC 5322's recommended line length, and about
     * what a desktop inbox shows (phones show less, so the lead event's title goes last in the template).
     */
    static final int SUBJECT_LIMIT = 78;

    /** The profile's subject with {label}, {name} and {first_title} (the lead event's title) filled in. */
    static String subject(RenderedIssue rendered, Publication publication) {
        var events = rendered.issue().events();
        String firstTitle = events.isEmpty() || events.get(0).title() == null
                ? ""
                : BidiControls.removed(events.get(0).title());
        String s = publication
                .subject()
                .replace("{label}", rendered.issue().label())
                .replace("{name}", publication.name())
                .replace("{first_title}", firstTitle);
        s = HeaderText.clean(s).strip();
        if (firstTitle.isBlank()) {
            // an issue without events leaves "…, Issue 6, 2021:" behind
            s = s.replaceAll("[\\s:–—-]+$", "");
        }
        return IssueRenderer.cutAtWord(s, SUBJECT_LIMIT);
    }

    /** The footer for an HTML part whose template has no place marked for it. */
    private static String unsubscribeFooter(String url, String preferences, Publication publication) {
        return "<p style=\"font-size:12px;color:#4a4a48;text-align:center\">"
                + attribute(HeaderText.clean(publication.subscriptionReason())) + " "
                + "<a href=\"" + attribute(preferences) + "\">Your subscription</a> · <a href=\"" + attribute(url)
                + "\">Unsubscribe</a></p>\n";
    }

    private static String attribute(String url) {
        return url.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static InternetAddress recipient(Subscriber s) throws AddressException {
        InternetAddress to = new InternetAddress(s.address(), true);
        if (s.name() != null && !s.name().isBlank()) {
            try {
                to.setPersonal(HeaderText.clean(s.name()), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    static InternetAddress strictAddress(String value, String what) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(HeaderText.clean(value), true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException(what + " must be exactly one address: " + value);
            }
            parsed[0].validate();
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException(what + " is not a valid address: " + value, e);
        }
    }

    private static String domainOf(InternetAddress address) {
        String a = address.getAddress();
        return a.substring(a.indexOf('@') + 1);
    }
}
