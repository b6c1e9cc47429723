package org.newsdesk.deliver;

import java.util.Optional;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-click unsubscribe behind {@code /unsubscribe?t=TOKEN} (routes/unsubscribe.camel.yaml). A GET
 * only shows a page with a button: mail scanners and link previewers follow links, and must not
 * unsubscribe anyone. A POST with a genuine token (RFC 8058, sent by the mail client's "Unsubscribe"
 * or by that button) unsubscribes at once; every later send honours it.
 */
public class UnsubscribeService {

    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeService.class);

    /** What the route answers: the HTTP status and a small HTML page. */
    public record Page(int status, String html) {}

    private final UnsubscribeTokens tokens;
    private final SubscriberStore subscribers;

    public UnsubscribeService(UnsubscribeTokens tokens, SubscriberStore subscribers) {
        this.tokens = tokens;
        this.subscribers = subscribers;
    }

    /** The page a GET shows: a form that POSTs the token back; nothing changes. */
    public Page confirmPage(String token) {
        Optional<Subscriber> s = verified(token);
        if (s.isEmpty()) {
            return invalid();
        }
        String action = "/unsubscribe?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        return new Page(
                200,
                page(
                        "Unsubscribe",
                        "<p>Stop sending this newsletter to <b>"
                                + escape(s.get().address()) + "</b>?</p>"
                                + "<form method=\"post\" action=\"" + escape(action) + "\">"
                                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                                + "<button type=\"submit\">Unsubscribe</button></form>"));
    }

    /**
     * A mail to the {@code mailto:} of List-Unsubscribe (RFC 2369): the subject is "unsubscribe TOKEN".
     * The same token as the link, so only the subscriber it was made for is unsubscribed; true when the
     * mail carried a genuine token. Whoever sent the mail, it changes nothing else.
     */
    public boolean unsubscribeByMail(org.apache.camel.Exchange exchange) {
        String subject;
        try {
            jakarta.mail.Message mail = exchange.getIn(org.apache.camel.component.mail.MailMessage.class)
                    .getMessage();
            subject = mail.getSubject();
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.info("A mail to the unsubscribe address could not be read: {}", e.toString());
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bunsubscribe\\s+(\\S{1,200})")
                .matcher(subject == null ? "" : subject);
        if (!m.find() || verified(m.group(1)).isEmpty()) {
            LOG.info("A mail to the unsubscribe address carried no valid token; nothing changed");
            return false;
        }
        unsubscribe(m.group(1));
        return true;
    }

    /** A POST: unsubscribes the token's subscriber at once. Doing it twice is harmless. */
    public Page unsubscribe(String token) {
        Optional<Subscriber> s = verified(token);
        if (s.isEmpty()) {
            return invalid();
        }
        Subscriber subscriber = s.get();
        if (subscriber.active()) {
            subscribers.setStatus(subscriber.id(), "unsubscribed");
            LOG.info("Subscriber {} of {} unsubscribed", subscriber.id(), subscriber.publication());
        }
        return new Page(
                200,
                page(
                        "Unsubscribed",
                        "<p><b>" + escape(subscriber.address())
                                + "</b> will receive no more issues of this newsletter.</p>"));
    }

    private Optional<Subscriber> verified(String token) {
        Optional<Subscriber> claimed = UnsubscribeTokens.claimedId(token).flatMap(subscribers::find);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Subscriber s = claimed.get();
        return tokens.verify(token, s.publication(), id -> Optional.of(s.address()))
                .map(id -> s);
    }

    private static Page invalid() {
        return new Page(
                400,
                page(
                        "Link not valid",
                        "<p>This unsubscribe link is not valid. Use the link in the newsletter mail itself, or reply to the mail.</p>"));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\"></head>"
                + "<body style=\"font-family:sans-serif;max-width:32em;margin:3em auto\"><h1>" + title + "</h1>" + body
                + "</body></html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
