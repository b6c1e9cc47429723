package org.newsdesk.readers;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.MailTransport;
import org.newsdesk.deliver.SendResult;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.shared.SlidingWindow;
import org.newsdesk.store.Consents;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribing on the web, with double opt-in: the form sends a confirmation mail with a signed,
 * expiring link, and only confirming from that link subscribes. The answer to the form is the same
 * whether the address is new, already subscribed, refused by a limit or caught by the honeypot, so the
 * form tells nobody who reads the newsletter.
 */
public class SubscribePages {

    private static final Logger LOG = LoggerFactory.getLogger(SubscribePages.class);

    /** The words of the form, kept with each consent. */
    static final String FORM_TEXT =
            "Send me each issue of %s by e-mail. I can leave at any time with the link in every issue.";

    private final SignupTokens tokens;
    private final SubscriberStore subscribers;
    private final Consents consents;
    private final MailTransport transport;
    private final PublicationProfiles profiles;
    private final ArchiveSite site;
    private final TemplateSet templates;
    private final String publicUrl;
    private final SlidingWindow requests;
    private final int perClient;
    private final int perAddress;
    private final Clock clock;

    public SubscribePages(
            SignupTokens tokens,
            SubscriberStore subscribers,
            Consents consents,
            MailTransport transport,
            PublicationProfiles profiles,
            ArchiveSite site,
            TemplateSet templates,
            String publicUrl,
            Duration window,
            int perClient,
            int perAddress,
            Clock clock) {
        this.tokens = tokens;
        this.subscribers = subscribers;
        this.consents = consents;
        this.transport = transport;
        this.profiles = profiles;
        this.site = site;
        this.templates = templates;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.requests = new SlidingWindow(window, clock);
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** POST /p/{publication}/subscribe: name, address, language, and the honeypot "website". */
    public void subscribe(Exchange exchange) {
        Publication p = publication(exchange);
        if (p == null) {
            problem(exchange, 404, "There is no such newsletter.");
            return;
        }
        String name = ReaderHttp.form(exchange, "name");
        String address = ReaderHttp.form(exchange, "address");
        String language =
                Optional.ofNullable(ReaderHttp.form(exchange, "language")).orElse(p.language());
        String problem = problemWith(address, name, language);
        if (problem != null) {
            Map<String, Object> form = new HashMap<>();
            form.put("error", problem);
            form.put("name", name);
            form.put("address", address);
            form.put("language", language);
            ReaderHttp.page(exchange, 400, site.index(p, form), ReaderHttp.PAGE_POLICY, false);
            return;
        }
        String client = HttpRequests.remoteAddress(exchange);
        String normalized = address.toLowerCase(Locale.ROOT);
        boolean honeypot = ReaderHttp.form(exchange, "website") != null;
        boolean limited = !requests.waitFor("client:" + client, perClient).isZero()
                || !requests.waitFor("address:" + p.id() + ":" + normalized, perAddress)
                        .isZero();
        requests.record("client:" + client);
        Optional<Subscriber> known = subscribers.find(p.id(), normalized);
        if (honeypot) {
            LOG.info("Subscribe form for {}: the honeypot was filled from {}; no mail sent", p.id(), client);
        } else if (limited) {
            LOG.info("Subscribe form for {}: over the limit from {}; no mail sent", p.id(), client);
        } else if (known.filter(Subscriber::active).isPresent()) {
            // already a reader: nothing to confirm, and the page says the same as for anyone
            requests.record("address:" + p.id() + ":" + normalized);
            LOG.info("Subscribe form for {}: an active subscriber asked again; no mail sent", p.id());
        } else {
            requests.record("address:" + p.id() + ":" + normalized);
            send(p, normalized, name, language);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("p", p);
        scope.put("pageTitle", "Check your mail");
        scope.put("hours", tokens.lifetime().toHours());
        scope.put("root", "../");
        ReaderHttp.page(
                exchange, 200, templates.render("subscribe-sent.mustache", scope), ReaderHttp.PAGE_POLICY, false);
    }

    /** GET /p/{publication}/confirm?t=TOKEN: a button; a link scanner's GET subscribes nobody. */
    public void confirmPage(Exchange exchange) {
        Publication p = publication(exchange);
        Optional<SignupTokens.Signup> signup = valid(p, HttpRequests.query(exchange, "t"));
        if (signup.isEmpty()) {
            problem(
                    exchange,
                    400,
                    "This confirmation link is not valid or has expired. Subscribe again from the form.");
            return;
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("p", p);
        scope.put("pageTitle", "Confirm your subscription");
        scope.put("address", signup.get().address());
        scope.put("token", HttpRequests.query(exchange, "t"));
        scope.put("formText", FORM_TEXT.formatted(p.name()));
        scope.put("root", "../");
        ReaderHttp.page(exchange, 200, templates.render("confirm.mustache", scope), ReaderHttp.PAGE_POLICY, false);
    }

    /** POST /p/{publication}/confirm: subscribes, once, and keeps the consent. */
    public void confirm(Exchange exchange) {
        Publication p = publication(exchange);
        Optional<SignupTokens.Signup> signup = valid(p, ReaderHttp.form(exchange, "t"));
        if (signup.isEmpty()) {
            problem(
                    exchange,
                    400,
                    "This confirmation link is not valid or has expired. Subscribe again from the form.");
            return;
        }
        SignupTokens.Signup s = signup.get();
        Optional<Subscriber> known = subscribers.find(p.id(), s.address());
        boolean already = known.filter(Subscriber::active).isPresent();
        if (!already) {
            if (known.isPresent()) {
                subscribers.setStatus(known.get().id(), "active");
            } else {
                subscribers.add(p.id(), s.address(), s.name(), s.language());
            }
            consents.record(new Consents.Consent(
                    p.id(),
                    s.address(),
                    s.expires().minus(tokens.lifetime()),
                    clock.instant(),
                    HttpRequests.remoteAddress(exchange),
                    FORM_TEXT.formatted(p.name())));
            LOG.info("Subscribe form for {}: a new reader confirmed", p.id());
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("p", p);
        scope.put("pageTitle", "You are subscribed");
        scope.put("address", s.address());
        scope.put("root", "../");
        ReaderHttp.page(exchange, 200, templates.render("confirmed.mustache", scope), ReaderHttp.PAGE_POLICY, false);
    }

    private void send(Publication p, String address, String name, String language) {
        String token = tokens.tokenFor(p.id(), address, name, language);
        String link = publicUrl + "/p/" + p.id() + "/confirm?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        try {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
            mail.setFrom(new InternetAddress(p.fromAddress(), true));
            mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address, true));
            mail.setSubject("Confirm your subscription to " + p.name(), "UTF-8");
            mail.setSentDate(new Date());
            mail.setHeader("Auto-Submitted", "auto-generated");
            Map<String, Object> scope = new HashMap<>();
            scope.put("p", p);
            scope.put("link", link);
            scope.put("hours", tokens.lifetime().toHours());
            mail.setText(templates.render("confirm-mail.txt.mustache", scope), "UTF-8");
            SendResult result = transport.send(mail, "subscribe-" + p.id(), 0);
            LOG.info("Subscribe form for {}: confirmation mail {}", p.id(), result.kind());
        } catch (MessagingException e) {
            LOG.warn("Subscribe form for {}: the confirmation mail could not be made: {}", p.id(), e.getMessage());
        }
    }

    private Optional<SignupTokens.Signup> valid(Publication p, String token) {
        return p == null
                ? Optional.empty()
                : tokens.verify(token).filter(s -> s.publication().equals(p.id()));
    }

    /** Why the form cannot be taken as it is, in words for the reader; null when it can. */
    static String problemWith(String address, String name, String language) {
        if (address == null) {
            return "Give your e-mail address.";
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().equals(address) || !address.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,63}")) {
                return "\"" + address + "\" is not an e-mail address; write it as name@example.org.";
            }
        } catch (AddressException e) {
            return "\"" + address + "\" is not an e-mail address; write it as name@example.org.";
        }
        if (name != null && name.length() > 200) {
            return "The name is too long (at most 200 characters).";
        }
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            return "Choose a language from the list.";
        }
        return null;
    }

    private void problem(Exchange exchange, int status, String message) {
        ReaderHttp.page(
                exchange,
                status,
                templates.render(
                        "problem.mustache", Map.of("pageTitle", "Not done", "message", message, "root", "../")),
                ReaderHttp.PAGE_POLICY,
                false);
    }

    private Publication publication(Exchange exchange) {
        String id = exchange.getMessage().getHeader("publication", String.class);
        return id != null && profiles.ids().contains(id) ? profiles.get(id) : null;
    }
}
