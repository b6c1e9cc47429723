package org.newsdesk.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.store.AuditLog;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.NoteArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue: items held because a person must settle their warnings. An editor reads the note
 * beside the item, corrects it in a form, and releases it to the next issue or rejects it with a
 * reason; every step is kept in the audit.
 */
public class ReviewDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewDesk.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ItemStore items;
    private final NoteArchive notes;
    private final AuditLog audit;
    private final EditorControls controls;
    private final PublicationProfiles profiles;
    private final DeskPages pages;
    private final Sessions sessions;

    public ReviewDesk(
            ItemStore items,
            NoteArchive notes,
            AuditLog audit,
            EditorControls controls,
            PublicationProfiles profiles,
            DeskPages pages,
            Sessions sessions) {
        this.items = items;
        this.notes = notes;
        this.audit = audit;
        this.controls = controls;
        this.profiles = profiles;
        this.pages = pages;
        this.sessions = sessions;
    }

    /** GET /desk/review[?publication=ID]: held items, newest first. */
    public void queue(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String only = HttpRequests.query(exchange, "publication");
        List<Item> held = new ArrayList<>(items.withStatus(null, "held"));
        java.util.Collections.reverse(held);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Item item : held) {
            if (only != null && !only.isBlank() && !only.equals(item.publication())) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", item.id());
            row.put("title", item.title() == null ? "(no title read)" : item.title());
            row.put("publication", item.publication() == null ? "none named" : item.publication());
            row.put("file", item.source() == null ? null : item.source().file());
            row.put("received", received(item));
            row.put(
                    "warnings",
                    item.warnings().stream().map(ReviewDesk::warning).toList());
            rows.add(row);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("items", rows);
        values.put("count", rows.size());
        values.put("none", rows.isEmpty());
        values.put("filter", only);
        values.put(
                "filters",
                profiles.all().stream()
                        .map(p -> Map.of("id", p.id(), "name", p.name(), "selected", p.id().equals(only)))
                        .toList());
        DeskHttp.html(exchange, 200, pages.render("review-queue", "Review queue", session, values));
    }

    /** GET /desk/review/{item}: the note as read, the values marked, and the form. */
    public void item(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Item item = find(exchange.getMessage().getHeader("item", String.class));
        showItem(exchange, session, item, null, 200);
    }

    /** POST /desk/review/{item}: saves the form (with one speaker operation); the item stays held. */
    public void save(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Item stored = heldItem(exchange.getMessage().getHeader("item", String.class));
        DeskHttp.Form form = DeskHttp.form(exchange);
        ItemForm.Read read = ItemForm.read(stored, form);
        String op = form.get("op");
        Item edited = read.item();
        edited = new Item(
                edited.schema(),
                edited.id(),
                edited.publication(),
                edited.title(),
                edited.date(),
                edited.format(),
                edited.location(),
                edited.organizers(),
                edited.lead(),
                ItemForm.apply(edited.speakers(), op),
                edited.source(),
                edited.warnings(),
                edited.sections());
        if (edited.publication() != null && !profiles.ids().contains(edited.publication())) {
            showItem(exchange, session, edited, "There is no publication \"" + edited.publication() + "\".", 400);
            return;
        }
        if (read.problem() != null) {
            showItem(exchange, session, edited, read.problem(), 400);
            return;
        }
        List<String> changes = ItemForm.changes(stored, edited);
        if (!changes.isEmpty()) {
            if (!items.replaceHeld(edited)) {
                throw new DeskRefused(
                        409, "Item " + stored.id() + " is no longer held: someone released or rejected it.");
            }
            audit.record(stored.id(), session.account(), "saved", String.join("\n", changes));
            LOG.info("Desk: {} saved item {} ({} changes)", session.account(), stored.id(), changes.size());
        }
        sessions.flash(
                session,
                changes.isEmpty()
                        ? "Nothing changed."
                        : "Saved (" + changes.size() + (changes.size() == 1 ? " change" : " changes")
                                + "). The item stays held until you release it.");
        DeskHttp.redirect(exchange, "/desk/review/" + stored.id());
    }

    /** POST /desk/review/{item}/release: to the next issue of its publication. */
    public void release(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Item item = heldItem(exchange.getMessage().getHeader("item", String.class));
        EditorControls.Done done = refusalsShown(() -> controls.reviewRelease(item.id()));
        audit.record(item.id(), session.account(), "released", done.message());
        sessions.flash(session, "Released \"" + title(item) + "\": " + done.message() + ".");
        DeskHttp.redirect(exchange, "/desk/review");
    }

    /** POST /desk/review/{item}/reject: kept aside, with the editor's reason. */
    public void reject(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Item item = heldItem(exchange.getMessage().getHeader("item", String.class));
        String reason = DeskHttp.form(exchange).get("reason");
        if (reason == null) {
            showItem(exchange, session, item, "Say why the item is rejected; the reason is kept with it.", 400);
            return;
        }
        if (!items.reject(item.id(), reason)) {
            throw new DeskRefused(409, "Item " + item.id() + " is no longer held.");
        }
        audit.record(item.id(), session.account(), "rejected", reason);
        LOG.info("Desk: {} rejected item {}: {}", session.account(), item.id(), reason);
        sessions.flash(session, "Rejected \"" + title(item) + "\". It will not be published.");
        DeskHttp.redirect(exchange, "/desk/review");
    }

    /** GET /desk/review/{item}/note: the original note, as it arrived. */
    public void original(Exchange exchange) {
        DeskHttp.session(exchange);
        Item item = find(exchange.getMessage().getHeader("item", String.class));
        NoteArchive.Original original = Optional.ofNullable(item.source())
                .flatMap(s -> notes.original(s.sha256()))
                .orElseThrow(() -> new DeskRefused(
                        404, "The original of this note is not kept (it arrived before the desk kept originals)."));
        DeskHttp.file(
                exchange,
                "application/octet-stream",
                original.fileName(),
                original.content(),
                false,
                "default-src 'none'; sandbox");
    }

    private void showItem(Exchange exchange, DeskSession session, Item item, String error, int status) {
        Map<String, Object> values = new HashMap<>();
        String status0 = items.statusOf(item.id()).orElse("gone");
        values.put("item", item);
        values.put("id", item.id());
        values.put("held", "held".equals(status0));
        values.put("status", status0);
        values.put("rejectReason", items.rejectReason(item.id()).orElse(null));
        values.put("error", error);
        values.put("date", item.date() == null ? "" : item.date().toString());
        values.put("organizersText", String.join("\n", item.organizers()));
        values.put("warnings", item.warnings().stream().map(ReviewDesk::warning).toList());
        values.put("hasWarnings", !item.warnings().isEmpty());
        values.put(
                "publications",
                profiles.all().stream()
                        .map(p -> Map.of("id", p.id(), "name", p.name(), "selected", p.id().equals(item.publication())))
                        .toList());
        values.put("noPublication", item.publication() == null);
        values.put("formats", formats(item.format()));
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (int i = 0; i < item.speakers().size(); i++) {
            Speaker s = item.speakers().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("index", i);
            row.put("number", i + 1);
            row.put("speaker", s);
            row.put("first", i == 0);
            row.put("last", i == item.speakers().size() - 1);
            String field = "speakers[" + i + "]";
            row.put(
                    "warned",
                    item.warnings().stream()
                            .anyMatch(w -> w.field() != null && w.field().startsWith(field)));
            speakers.add(row);
        }
        values.put("speakers", speakers);
        values.put("speakerCount", speakers.size());
        values.put("file", item.source() == null ? null : item.source().file());
        values.put("received", received(item));
        Optional<NoteArchive.Text> text = Optional.ofNullable(item.source()).flatMap(s -> notes.text(s.sha256()));
        values.put("lines", text.map(t -> NoteLines.of(t.text(), item)).orElse(List.of()));
        values.put("noText", text.isEmpty());
        values.put("hasOriginal", text.isPresent());
        values.put(
                "audit",
                audit.forItem(item.id()).stream()
                        .map(e -> Map.of(
                                "editor", e.editor(),
                                "at", WHEN.format(e.at().atZone(ZoneId.systemDefault())),
                                "action", e.action(),
                                "changes",
                                        e.changes() == null
                                                ? List.of()
                                                : e.changes().lines().toList(),
                                "hasChanges",
                                        e.changes() != null && !e.changes().isBlank()))
                        .toList());
        DeskHttp.html(exchange, status, pages.render("review-item", title(item), session, values));
    }

    private static List<Map<String, Object>> formats(String current) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String f : new String[] {"offline", "online", "hybrid"}) {
            list.add(Map.of("value", f, "selected", f.equals(current)));
        }
        return list;
    }

    private static Map<String, Object> warning(Warning w) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", w.code());
        m.put("field", w.field());
        m.put("line", w.line());
        m.put("message", w.message());
        return m;
    }

    private static String received(Item item) {
        return item.source() == null || item.source().received() == null
                ? null
                : WHEN.format(item.source().received().atZone(ZoneId.systemDefault()));
    }

    private static String title(Item item) {
        return item.title() == null ? item.id() : item.title();
    }

    private Item find(String id) {
        return items.find(id).orElseThrow(() -> new DeskRefused(404, "There is no item \"" + id + "\"."));
    }

    private Item heldItem(String id) {
        Item item = find(id);
        String status = items.statusOf(id).orElse("gone");
        if (!"held".equals(status)) {
            throw new DeskRefused(
                    409, "Item " + id + " is " + status + ", not held for review: it cannot be changed here.");
        }
        return item;
    }

    private static <T> T refusalsShown(java.util.function.Supplier<T> control) {
        try {
            return control.get();
        } catch (org.newsdesk.ops.EditorRefusedException e) {
            throw new DeskRefused(e.status(), e.getMessage());
        }
    }
}
