package org.newsdesk.desk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.camel.Exchange;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.IssueCopies;
import org.newsdesk.deliver.SendResult;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.PreviewService;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.AuditLog;
import org.newsdesk.store.Holds;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The next issue of a publication as it would go out now: its events in order (which the editor can
 * change, or move an item to a later issue), hold and release, publish now after a confirmation that
 * names the issue and the subscriber count, and a test copy to the editor.
 */
public class NextIssueDesk {

    private static final Logger LOG = LoggerFactory.getLogger(NextIssueDesk.class);

    /** The preview is a whole HTML document with its own styles, shown in a sandboxed frame. */
    static final String PREVIEW_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'; font-src data:; frame-ancestors 'self'";

    private final IssueAssembler assembler;
    private final IssueRenderer renderer;
    private final ItemStore items;
    private final IssueStore issues;
    private final Holds holds;
    private final SubscriberStore subscribers;
    private final EditorControls controls;
    private final IssueCopies copies;
    private final AuditLog audit;
    private final PublicationProfiles profiles;
    private final DeskPages pages;
    private final Sessions sessions;
    private final ExecutorService background;

    public NextIssueDesk(
            IssueAssembler assembler,
            IssueRenderer renderer,
            ItemStore items,
            IssueStore issues,
            Holds holds,
            SubscriberStore subscribers,
            EditorControls controls,
            IssueCopies copies,
            AuditLog audit,
            PublicationProfiles profiles,
            DeskPages pages,
            Sessions sessions,
            ExecutorService background) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.items = items;
        this.issues = issues;
        this.holds = holds;
        this.subscribers = subscribers;
        this.controls = controls;
        this.copies = copies;
        this.audit = audit;
        this.profiles = profiles;
        this.pages = pages;
        this.sessions = sessions;
        this.background = background;
    }

    /** GET /desk/next/{publication} */
    public void page(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        showPage(exchange, session, publication, null, 200);
    }

    /** GET /desk/next/{publication}/issue.html: the issue's HTML as readers would see it. */
    public void html(Exchange exchange) {
        DeskHttp.session(exchange);
        RenderedIssue rendered = rendered(publication(exchange));
        DeskHttp.file(
                exchange,
                "text/html; charset=utf-8",
                "preview.html",
                rendered.html().getBytes(StandardCharsets.UTF_8),
                true,
                PREVIEW_POLICY);
    }

    /** GET /desk/next/{publication}/issue.pdf */
    public void pdf(Exchange exchange) {
        DeskHttp.session(exchange);
        RenderedIssue rendered = rendered(publication(exchange));
        DeskHttp.file(
                exchange,
                "application/pdf",
                "PREVIEW-" + rendered.pdfFileName(),
                rendered.pdf(),
                true,
                "default-src 'none'");
    }

    /** POST /desk/next/{publication}/order: {@code move} = "up:ITEM", "down:ITEM", "later:ITEM" or "back:ITEM". */
    public void order(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        String move = DeskHttp.form(exchange).get("move");
        String[] parts = move == null ? new String[0] : move.split(":", 2);
        if (parts.length != 2) {
            throw new DeskRefused(400, "Unknown move; reload the page and try again.");
        }
        String id = parts[1];
        switch (parts[0]) {
            case "up", "down" -> {
                // events, not items, are what readers see in order: move the whole event
                List<List<String>> events = new ArrayList<>(assembler
                        .preview(publication)
                        .map(i -> i.events().stream().map(IssueEvent::itemIds).toList())
                        .orElse(List.of()));
                int i = -1;
                for (int k = 0; k < events.size(); k++) {
                    if (events.get(k).contains(id)) {
                        i = k;
                    }
                }
                if (i < 0) {
                    throw new DeskRefused(409, "That item is no longer in the next issue.");
                }
                int j = parts[0].equals("up") ? i - 1 : i + 1;
                if (j >= 0 && j < events.size()) {
                    events.add(j, events.remove(i));
                    items.reorder(
                            publication, events.stream().flatMap(List::stream).toList());
                    audit.record(id, session.account(), "moved " + parts[0], "event " + (i + 1) + " → " + (j + 1));
                }
            }
            case "later" -> {
                if (!items.moveToLaterIssue(id)) {
                    throw new DeskRefused(409, "That item is no longer pending.");
                }
                audit.record(id, session.account(), "moved to a later issue", null);
                sessions.flash(session, "Moved to the issue after the next one.");
            }
            case "back" -> {
                if (!items.bringToNextIssue(id)) {
                    throw new DeskRefused(409, "That item is no longer pending.");
                }
                audit.record(id, session.account(), "moved to the next issue", null);
                sessions.flash(session, "Back in the next issue.");
            }
            default -> throw new DeskRefused(400, "Unknown move; reload the page and try again.");
        }
        DeskHttp.redirect(exchange, "/desk/next/" + publication);
    }

    /** POST /desk/next/{publication}/hold */
    public void hold(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        controls.hold(publication);
        LOG.info("Desk: {} put {} on hold", session.account(), publication);
        sessions.flash(session, "On hold: scheduled issues are not made until you release it.");
        DeskHttp.redirect(exchange, "/desk/next/" + publication);
    }

    /** POST /desk/next/{publication}/release */
    public void release(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        controls.release(publication);
        LOG.info("Desk: {} released {}", session.account(), publication);
        sessions.flash(session, "Released: the next scheduled issue goes out as planned.");
        DeskHttp.redirect(exchange, "/desk/next/" + publication);
    }

    /**
     * POST /desk/next/{publication}/publish: without {@code confirm}, the confirmation page; with the
     * issue number it names, the issue is made and sent in the background and the browser goes to its
     * send page.
     */
    public void publish(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        Issue next = assembler
                .preview(publication)
                .orElseThrow(
                        () -> new DeskRefused(409, "Nothing is pending for " + publication + ": no issue to publish."));
        int count = subscribers.countByStatus(publication).get("active");
        String wouldBe = next.label().replaceFirst("^PREVIEW of ", "");
        String confirm = DeskHttp.form(exchange).get("confirm");
        if (!wouldBe.equals(confirm)) {
            Map<String, Object> values = new HashMap<>();
            values.put("publication", publication);
            values.put("name", profiles.get(publication).name());
            values.put("label", wouldBe);
            values.put("subscribers", count);
            values.put("events", next.events().size());
            values.put("changed", confirm != null);
            DeskHttp.html(exchange, 200, pages.render("publish-confirm", "Publish " + wouldBe + "?", session, values));
            return;
        }
        Optional<Issue> before = issues.latest(publication);
        LOG.info("Desk: {} publishes {} of {} now, to {} subscribers", session.account(), wouldBe, publication, count);
        background.submit(() -> {
            try {
                controls.publishNow(publication);
            } catch (RuntimeException e) {
                LOG.error("Desk: publishing {} failed", publication, e);
            }
        });
        // the issue is numbered within a second or two; its send page then shows the send live
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Issue> now = issues.latest(publication);
            if (now.isPresent() && !now.map(Issue::id).equals(before.map(Issue::id))) {
                sessions.flash(session, now.get().label() + " is made and being sent.");
                DeskHttp.redirect(exchange, "/desk/issues/" + now.get().id());
                return;
            }
            sleep(200);
        }
        sessions.flash(session, "The issue is being made; it appears here when it is numbered.");
        DeskHttp.redirect(exchange, "/desk/issues?publication=" + publication);
    }

    /** POST /desk/next/{publication}/test: the issue as it would go out, to the editor's own address. */
    public void test(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = publication(exchange);
        String address = DeskHttp.form(exchange).get("address");
        if (address == null) {
            address = session.email();
        }
        if (address == null) {
            showPage(exchange, session, publication, "Give the address the test should go to.", 400);
            return;
        }
        RenderedIssue rendered = rendered(publication);
        SendResult result;
        try {
            result = copies.send(rendered, address);
        } catch (Exception e) {
            showPage(exchange, session, publication, "The test could not be sent: " + e.getMessage(), 400);
            return;
        }
        LOG.info("Desk: {} sent a test of {} to {}: {}", session.account(), publication, address, result.kind());
        sessions.flash(
                session,
                switch (result.kind()) {
                    case SENT -> "A test copy went to " + address + ".";
                    case RETRY -> "The mail server put the test off: " + result.reply();
                    case FAILED -> "The mail server refused the test: " + result.reply();
                });
        DeskHttp.redirect(exchange, "/desk/next/" + publication);
    }

    private void showPage(Exchange exchange, DeskSession session, String publication, String error, int status) {
        Map<String, Object> values = new HashMap<>();
        values.put("publication", publication);
        values.put("name", profiles.get(publication).name());
        values.put("onHold", holds.held(publication));
        values.put("subscribers", subscribers.countByStatus(publication).get("active"));
        values.put("error", error);
        values.put("email", session.email());
        Optional<Issue> next = assembler.preview(publication);
        values.put("hasNext", next.isPresent());
        values.put(
                "label",
                next.map(i -> i.label().replaceFirst("^PREVIEW of ", "")).orElse(null));
        List<Map<String, Object>> rows = new ArrayList<>();
        if (next.isPresent()) {
            List<IssueEvent> events = next.get().events();
            for (int i = 0; i < events.size(); i++) {
                IssueEvent e = events.get(i);
                Map<String, Object> row = new HashMap<>();
                row.put("number", i + 1);
                row.put("title", e.title());
                row.put("date", e.date() == null ? null : e.date().toString());
                row.put("speakers", e.speakers().size());
                row.put("item", e.itemIds().get(0));
                row.put("items", e.itemIds());
                row.put("first", i == 0);
                row.put("last", i == events.size() - 1);
                rows.add(row);
            }
        }
        values.put("events", rows);
        List<String> changes = next.map(PreviewService::styleChanges).orElse(List.of());
        values.put("styleChanges", changes);
        values.put("hasStyleChanges", !changes.isEmpty());
        List<ItemStore.Waiting> waiting = items.waiting(publication);
        values.put("hasWaiting", !waiting.isEmpty());
        values.put(
                "waiting",
                waiting.stream()
                        .map(w -> Map.of(
                                "id", w.item().id(),
                                "title",
                                        w.item().title() == null
                                                ? w.item().id()
                                                : w.item().title(),
                                "issuesLeft", w.issuesLeft()))
                        .toList());
        DeskHttp.html(exchange, status, pages.render("next-issue", "Next issue", session, values));
    }

    private RenderedIssue rendered(String publication) {
        Issue issue = assembler
                .preview(publication)
                .orElseThrow(() -> new DeskRefused(404, "Nothing is pending for " + publication + "."));
        return renderer.render(issue);
    }

    private String publication(Exchange exchange) {
        String id = exchange.getMessage().getHeader("publication", String.class);
        if (id == null || !profiles.ids().contains(id)) {
            throw new DeskRefused(404, "There is no publication \"" + id + "\".");
        }
        return id;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
