package org.newsdesk.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.SubscriberCsv;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A publication's subscribers: search, counts by status, CSV import (with the refused rows and why), remove. */
public class SubscribersDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SubscribersDesk.class);

    /** A page lists at most this many; a search narrows it. */
    static final int PAGE = 200;

    static final long MAX_CSV_BYTES = 20L * 1024 * 1024;

    private final SubscriberStore subscribers;
    private final org.newsdesk.store.BounceLog bounces;
    private final PublicationProfiles profiles;
    private final DeskPages pages;
    private final Sessions sessions;

    public SubscribersDesk(
            SubscriberStore subscribers,
            org.newsdesk.store.BounceLog bounces,
            PublicationProfiles profiles,
            DeskPages pages,
            Sessions sessions) {
        this.subscribers = subscribers;
        this.bounces = bounces;
        this.profiles = profiles;
        this.pages = pages;
        this.sessions = sessions;
    }

    /** GET /desk/subscribers/{publication}?q=TEXT&status=STATUS */
    public void list(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        show(exchange, session, publication, null, 200);
    }

    /** POST /desk/subscribers/{publication}/import: a CSV file (name,address,language). */
    public void importCsv(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        Path csv = uploaded(exchange);
        if (csv == null) {
            show(exchange, session, publication, new Imported(0, 0, List.of("Choose a CSV file to import.")), 400);
            return;
        }
        SubscriberCsv.Result result;
        try {
            if (Files.size(csv) > MAX_CSV_BYTES) {
                show(
                        exchange,
                        session,
                        publication,
                        new Imported(0, 0, List.of("The file is over 20 MB; split it.")),
                        400);
                return;
            }
            result = SubscriberCsv.importFile(csv, publication, subscribers);
        } catch (IOException | java.io.UncheckedIOException e) {
            show(
                    exchange,
                    session,
                    publication,
                    new Imported(0, 0, List.of("The file cannot be read as UTF-8 text.")),
                    400);
            return;
        }
        LOG.info(
                "Desk: {} imported subscribers of {}: {} added, {} known, {} refused",
                session.account(),
                publication,
                result.added(),
                result.known(),
                result.problems().size());
        show(exchange, session, publication, new Imported(result.added(), result.known(), result.problems()), 200);
    }

    /** POST /desk/subscribers/{publication}/{subscriber}/remove: no further mail to this address. */
    public void remove(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        long id;
        try {
            id = Long.parseLong(exchange.getMessage().getHeader("subscriber", String.class));
        } catch (NumberFormatException e) {
            throw new DeskRefused(404, "There is no such subscriber.");
        }
        Subscriber s = subscribers
                .find(id)
                .filter(x -> x.publication().equals(publication))
                .orElseThrow(() -> new DeskRefused(404, "There is no such subscriber of " + publication + "."));
        subscribers.setStatus(id, "unsubscribed");
        LOG.info("Desk: {} removed subscriber {} from {}", session.account(), id, publication);
        sessions.flash(session, s.address() + " is off the list: no further issue goes to it.");
        DeskHttp.redirect(exchange, "/desk/subscribers/" + publication);
    }

    /** How an import went, for the page. */
    record Imported(int added, int known, List<String> problems) {
        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private void show(Exchange exchange, DeskSession session, String publication, Imported imported, int status) {
        String q = HttpRequests.query(exchange, "q");
        String only = HttpRequests.query(exchange, "status");
        if (only != null && !List.of("active", "unsubscribed", "bounced").contains(only)) {
            only = null;
        }
        Map<String, Integer> counts = subscribers.countByStatus(publication);
        List<Subscriber> found = subscribers.search(publication, q, only, PAGE + 1);
        Map<String, Object> values = new HashMap<>();
        values.put("publication", publication);
        values.put("name", profiles.get(publication).name());
        values.put("q", q);
        values.put("counts", counts);
        values.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        values.put("subscribers", found.size() > PAGE ? found.subList(0, PAGE) : found);
        values.put("more", found.size() > PAGE);
        values.put("none", found.isEmpty());
        values.put("imported", imported);
        List<Map<String, Object>> returned = bounces.recent(publication, 20).stream()
                .map(b -> Map.<String, Object>of(
                        "address", b.recipient() == null ? "(not said)" : b.recipient(),
                        "kind", b.kind(),
                        "status", b.status() == null ? "" : b.status(),
                        "at", ReviewDesk.WHEN.format(b.receivedAt().atZone(java.time.ZoneId.systemDefault())),
                        "issue", b.issueId() == null ? "" : b.issueId()))
                .toList();
        values.put("bounces", returned);
        values.put("hasBounces", !returned.isEmpty());
        String selected = only;
        values.put(
                "statuses",
                List.of("active", "unsubscribed", "bounced").stream()
                        .map(s -> Map.of("value", s, "selected", s.equals(selected)))
                        .toList());
        DeskHttp.html(exchange, status, pages.render("subscribers", "Subscribers", session, values));
    }

    /** The uploaded file: the HTTP server keeps a single upload in its uploads folder and hands it as the body. */
    private static Path uploaded(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        return body instanceof java.io.File f && f.isFile() && f.length() > 0 ? f.toPath() : null;
    }

    private String publication(Exchange exchange) {
        String id = exchange.getMessage().getHeader("publication", String.class);
        if (id == null || !profiles.ids().contains(id)) {
            throw new DeskRefused(404, "There is no publication \"" + id + "\".");
        }
        return id;
    }
}
