package org.newsdesk.desk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.DeliveryService;
import org.newsdesk.domain.Issue;
import org.newsdesk.ops.HttpRequests;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Past issues and their sends: the HTML and PDF of each, and for one issue the delivery ledger live
 * (sent, pending, deferred, failed, uncertain; rate and time left; each mail that did not go with the
 * server's reply), and a resend to those not reached.
 */
public class SendingDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SendingDesk.class);

    /** The rate is the mails sent in this last stretch of time. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(30);

    private final IssueStore issues;
    private final DeliveryLedger ledger;
    private final DeliveryService delivery;
    private final IssueArchive archive;
    private final PublicationProfiles profiles;
    private final DeskPages pages;
    private final Sessions sessions;
    private final CamelContext context;
    private final ExecutorService background;
    private final Clock clock;

    public SendingDesk(
            IssueStore issues,
            DeliveryLedger ledger,
            DeliveryService delivery,
            IssueArchive archive,
            PublicationProfiles profiles,
            DeskPages pages,
            Sessions sessions,
            CamelContext context,
            ExecutorService background,
            Clock clock) {
        this.issues = issues;
        this.ledger = ledger;
        this.delivery = delivery;
        this.archive = archive;
        this.profiles = profiles;
        this.pages = pages;
        this.sessions = sessions;
        this.context = context;
        this.background = background;
        this.clock = clock;
    }

    /** GET /desk/issues[?publication=ID]: the issues of one publication, newest first. */
    public void list(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        String publication = HttpRequests.query(exchange, "publication");
        if (publication == null || !profiles.ids().contains(publication)) {
            publication = profiles.ids().get(0);
        }
        List<Issue> all = new ArrayList<>(issues.all(publication));
        java.util.Collections.reverse(all);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Issue issue : all) {
            Map<String, Integer> counts = ledger.counts(issue.id());
            Map<String, Object> row = new HashMap<>();
            row.put("id", issue.id());
            row.put("label", issue.label());
            row.put("date", issue.date().toString());
            row.put("events", issue.events().size());
            row.put("sent", counts.get("sent"));
            row.put(
                    "total",
                    counts.values().stream().mapToInt(Integer::intValue).sum());
            row.put("problems", counts.get("failed") + counts.get("uncertain"));
            rows.add(row);
        }
        String selected = publication;
        Map<String, Object> values = new HashMap<>();
        values.put("publication", publication);
        values.put("name", profiles.get(publication).name());
        values.put("issues", rows);
        values.put("none", rows.isEmpty());
        values.put(
                "filters",
                profiles.all().stream()
                        .map(p -> Map.of("id", p.id(), "name", p.name(), "selected", p.id().equals(selected)))
                        .toList());
        DeskHttp.html(exchange, 200, pages.render("issues", "Issues", session, values));
    }

    /** GET /desk/issues/{issue}: one issue and its send. */
    public void issue(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Issue issue = find(exchange);
        Map<String, Object> values = ledgerValues(issue);
        values.put("id", issue.id());
        values.put("label", issue.label());
        values.put("publication", issue.publication());
        values.put("name", profiles.get(issue.publication()).name());
        values.put("date", issue.date().toString());
        DeskHttp.html(exchange, 200, pages.render("issue", issue.label(), session, values));
    }

    /** GET /desk/issues/{issue}/ledger: the live part of the issue page, fetched again every few seconds. */
    public void ledgerPart(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Issue issue = find(exchange);
        Map<String, Object> values = ledgerValues(issue);
        values.put("id", issue.id());
        DeskHttp.html(exchange, 200, pages.render("issue-ledger", issue.label(), session, values));
    }

    /** GET /desk/issues/{issue}/issue.html and issue.pdf, from the archive. */
    public void file(Exchange exchange) {
        DeskHttp.session(exchange);
        Issue issue = find(exchange);
        String kind = exchange.getMessage().getHeader("kind", String.class);
        RenderedIssue rendered = archive.load(issue)
                .orElseThrow(() -> new DeskRefused(404, "The archive has no files of " + issue.label() + "."));
        if ("pdf".equals(kind)) {
            DeskHttp.file(
                    exchange, "application/pdf", rendered.pdfFileName(), rendered.pdf(), true, "default-src 'none'");
        } else {
            DeskHttp.file(
                    exchange,
                    "text/html; charset=utf-8",
                    issue.id() + ".html",
                    rendered.html().getBytes(StandardCharsets.UTF_8),
                    true,
                    NextIssueDesk.PREVIEW_POLICY);
        }
    }

    /** POST /desk/issues/{issue}/resend: to the active subscribers not reached, in the background. */
    public void resend(Exchange exchange) {
        DeskSession session = DeskHttp.session(exchange);
        Issue issue = find(exchange);
        Optional<RenderedIssue> again = delivery.resend(issue.id());
        if (again.isEmpty()) {
            throw new DeskRefused(404, "The archive has no files of " + issue.label() + " to send again.");
        }
        LOG.info("Desk: {} resends {} to those not reached", session.account(), issue.id());
        background.submit(() -> {
            try (ProducerTemplate producer = context.createProducerTemplate()) {
                producer.sendBody("direct:deliver-due", again.get());
            } catch (Exception e) {
                LOG.error("Desk: resending {} failed", issue.id(), e);
            }
        });
        sessions.flash(session, "Sending again to those not reached.");
        DeskHttp.redirect(exchange, "/desk/issues/" + issue.id());
    }

    private Map<String, Object> ledgerValues(Issue issue) {
        Map<String, Integer> counts = ledger.counts(issue.id());
        List<DeliveryLedger.Attention> attention = ledger.attention(issue.id(), 200);
        long deferred =
                attention.stream().filter(a -> "deferred".equals(a.state())).count();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int done = counts.get("sent") + counts.get("failed") + counts.get("uncertain");
        int waiting = counts.get("pending") + counts.get("sending");
        Map<String, Object> values = new HashMap<>();
        values.put("total", total);
        values.put("sent", counts.get("sent"));
        values.put("pending", counts.get("pending") - deferred);
        values.put("sending", counts.get("sending"));
        values.put("deferred", deferred);
        values.put("failed", counts.get("failed"));
        values.put("uncertain", counts.get("uncertain"));
        // an issue just made has no ledger rows yet: its send has not started, it is not finished
        int percent = total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        values.put("percent", percent);
        values.put("finished", total > 0 && waiting == 0);
        values.put("notPlanned", total == 0);
        double rate =
                ledger.sentSince(issue.id(), clock.instant().minus(RATE_WINDOW)) / (double) RATE_WINDOW.toSeconds();
        values.put("rate", total > 0 && waiting == 0 ? null : String.format(java.util.Locale.ROOT, "%.1f", rate));
        values.put("timeLeft", total > 0 && waiting == 0 ? null : timeLeft(waiting, rate));
        values.put("canResend", waiting == 0 && (counts.get("failed") + counts.get("uncertain") > 0));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DeliveryLedger.Attention a : attention) {
            Map<String, Object> row = new HashMap<>();
            row.put("address", a.address());
            row.put("state", a.state());
            row.put("reply", a.reply() == null ? "(no reply kept)" : a.reply());
            row.put("meaning", ServerReplies.explain(a.state(), a.reply()));
            row.put("attempts", a.attempts());
            row.put(
                    "nextTry",
                    a.notBefore() == null || !"deferred".equals(a.state())
                            ? null
                            : ReviewDesk.WHEN.format(a.notBefore().atZone(ZoneId.systemDefault())));
            rows.add(row);
        }
        values.put("attention", rows);
        values.put("hasAttention", !rows.isEmpty());
        return values;
    }

    static String timeLeft(int waiting, double ratePerSecond) {
        if (ratePerSecond <= 0) {
            return "not known yet";
        }
        long seconds = (long) Math.ceil(waiting / ratePerSecond);
        if (seconds < 60) {
            return "under a minute";
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 120 ? "about " + minutes + " minutes" : "about " + (minutes + 30) / 60 + " hours";
    }

    private Issue find(Exchange exchange) {
        String id = exchange.getMessage().getHeader("issue", String.class);
        return issues.find(id).orElseThrow(() -> new DeskRefused(404, "There is no issue \"" + id + "\"."));
    }
}
