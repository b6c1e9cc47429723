package org.newsdesk.readers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reader's own page, reached from the link in every issue (the same signed token as the
 * unsubscribe link): their publications, their name and language, and leaving one or all. GET only
 * shows; every change is a POST carrying the token.
 */
public class PreferencesPages {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesPages.class);

    private final UnsubscribeTokens tokens;
    private final SubscriberStore subscribers;
    private final PublicationProfiles profiles;
    private final TemplateSet templates;

    public PreferencesPages(
            UnsubscribeTokens tokens,
            SubscriberStore subscribers,
            PublicationProfiles profiles,
            TemplateSet templates) {
        this.tokens = tokens;
        this.subscribers = subscribers;
        this.profiles = profiles;
        this.templates = templates;
    }

    /** GET /p/preferences?t=TOKEN */
    public void page(Exchange exchange) {
        String token = HttpRequests.query(exchange, "t");
        Optional<Subscriber> reader = verified(token);
        if (reader.isEmpty()) {
            invalid(exchange);
            return;
        }
        show(exchange, reader.get(), token, null);
    }

    /** POST /p/preferences: t, and action = save (name, language), leave:PUB or leave-all. */
    public void change(Exchange exchange) {
        String token = ReaderHttp.form(exchange, "t");
        Optional<Subscriber> reader = verified(token);
        if (reader.isEmpty()) {
            invalid(exchange);
            return;
        }
        String address = reader.get().address();
        String action = Optional.ofNullable(ReaderHttp.form(exchange, "action")).orElse("");
        List<Subscriber> all = subscribers.byAddress(address);
        String done;
        if (action.equals("save")) {
            String name = ReaderHttp.form(exchange, "name");
            String language =
                    Optional.ofNullable(ReaderHttp.form(exchange, "language")).orElse("en");
            String problem = SubscribePages.problemWith(address, name, language);
            if (problem != null) {
                show(exchange, reader.get(), token, problem);
                return;
            }
            all.forEach(s -> subscribers.setNameAndLanguage(s.id(), name, language));
            done = "Saved.";
        } else if (action.equals("leave-all")) {
            all.stream().filter(Subscriber::active).forEach(s -> subscribers.setStatus(s.id(), "unsubscribed"));
            done = "You have left every newsletter here. No further issue will be sent to you.";
        } else if (action.startsWith("leave:")) {
            String publication = action.substring("leave:".length());
            all.stream()
                    .filter(s -> s.publication().equals(publication) && s.active())
                    .forEach(s -> subscribers.setStatus(s.id(), "unsubscribed"));
            done = "You have left " + name(publication) + ".";
        } else {
            show(exchange, reader.get(), token, "Choose what to change.");
            return;
        }
        LOG.info("Preferences of subscriber {}: {}", reader.get().id(), action.startsWith("leave") ? action : "saved");
        Subscriber now = subscribers.find(reader.get().id()).orElse(reader.get());
        Map<String, Object> scope = scope(now, token);
        scope.put("done", done);
        ReaderHttp.page(exchange, 200, templates.render("preferences.mustache", scope), ReaderHttp.PAGE_POLICY, false);
    }

    private void show(Exchange exchange, Subscriber reader, String token, String error) {
        Map<String, Object> scope = scope(reader, token);
        scope.put("error", error);
        ReaderHttp.page(
                exchange,
                error == null ? 200 : 400,
                templates.render("preferences.mustache", scope),
                ReaderHttp.PAGE_POLICY,
                false);
    }

    private Map<String, Object> scope(Subscriber reader, String token) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Subscriber s : subscribers.byAddress(reader.address())) {
            if (!profiles.ids().contains(s.publication())) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", s.publication());
            row.put("name", name(s.publication()));
            row.put("active", s.active());
            row.put("status", s.status());
            rows.add(row);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("pageTitle", "Your subscription");
        scope.put("address", reader.address());
        scope.put("name", reader.name());
        scope.put("token", token);
        scope.put("subscriptions", rows);
        scope.put(
                "languages",
                List.of("en", "zh").stream()
                        .map(l -> Map.of(
                                "value",
                                l,
                                "label",
                                l.equals("zh") ? "中文" : "English",
                                "selected",
                                l.equals(reader.language())))
                        .toList());
        scope.put("root", "");
        return scope;
    }

    private String name(String publication) {
        return profiles.ids().contains(publication) ? profiles.get(publication).name() : publication;
    }

    private Optional<Subscriber> verified(String token) {
        return UnsubscribeTokens.claimedId(token)
                .flatMap(subscribers::find)
                .filter(s -> tokens.verify(token, s.publication(), id -> Optional.of(s.address()))
                        .isPresent());
    }

    private void invalid(Exchange exchange) {
        ReaderHttp.page(
                exchange,
                400,
                templates.render(
                        "problem.mustache",
                        Map.of(
                                "pageTitle", "Not done",
                                "message", "This link is not valid. Use the link at the bottom of your latest issue.",
                                "root", "")),
                ReaderHttp.PAGE_POLICY,
                false);
    }
}
