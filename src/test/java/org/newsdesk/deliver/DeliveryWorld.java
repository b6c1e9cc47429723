package org.newsdesk.deliver;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.Main;
import org.newsdesk.cli.Workspace;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Speaker;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.SubscriberStore;

/**
 * newsdesk as the service runs it (config/application.properties, routes/*.camel.yaml, the real beans)
 * in a throw-away work folder with its own H2 file database, for delivery tests and the benchmark.
 * Issues are made directly in the store (no notes needed) and rendered by the real renderer.
 */
public final class DeliveryWorld implements AutoCloseable {

    public static final Path PROJECT =
            Path.of(System.getProperty("newsdesk.project", "")).toAbsolutePath();
    public static final String SECRET = "test-secret-0123456789-abcdef";

    private final Main main;
    private final CamelContext context;
    private final Path work;

    private DeliveryWorld(Main main, Path work) {
        this.main = main;
        this.context = main.getCamelContext();
        this.work = work;
    }

    /** Settings for SMTP without TLS to a peer on this machine, no HTTP, a quick resume timer. */
    public static Map<String, String> smtpTo(int port) {
        Map<String, String> o = new HashMap<>();
        o.put("newsdesk.smtp.host", "127.0.0.1");
        o.put("newsdesk.smtp.port", Integer.toString(port));
        o.put("newsdesk.smtp.security", "none");
        return o;
    }

    public static DeliveryWorld start(Path work, Map<String, String> settings) throws Exception {
        Map<String, String> o = new HashMap<>();
        o.put("newsdesk.work-dir", work.toString());
        o.put("newsdesk.subscribers-dir", work.resolve("subscribers").toString());
        o.put("newsdesk.schedule.enabled", "false");
        o.put("newsdesk.db.url", "");
        o.put("newsdesk.unsubscribe.secret", SECRET);
        o.put("newsdesk.public-url", "https://news.example.org");
        o.put("newsdesk.deliver.resume-first-millis", "200");
        o.put("newsdesk.deliver.resume-every-millis", "500");
        o.put("newsdesk.deliver.progress-every", "2s");
        o.put("camel.server.enabled", "false");
        o.putAll(settings);
        // started the way the launcher starts newsdesk
        Main main = Workspace.main(PROJECT, o, true);
        main.start();
        return new DeliveryWorld(main, work);
    }

    public CamelContext context() {
        return context;
    }

    public Path work() {
        return work;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getRegistry().lookupByNameAndType(name, type);
    }

    public SubscriberStore subscribers() {
        return bean("subscriberStore", SubscriberStore.class);
    }

    public DeliveryLedger ledger() {
        return bean("deliveryLedger", DeliveryLedger.class);
    }

    public List<String> addSubscribers(String publication, int count, IntFunction<String> address) {
        List<String> added = new ArrayList<>();
        SubscriberStore store = subscribers();
        for (int i = 0; i < count; i++) {
            String a = address.apply(i);
            store.add(publication, a, "Reader " + i, "en");
            added.add(a);
        }
        return added;
    }

    /** Makes issue {@code number} of {@code year} in the store and the archive, rendered by the real renderer. */
    public RenderedIssue publish(String publication, int number, int year) {
        return publish(publication, number, year, 1);
    }

    public RenderedIssue publish(String publication, int number, int year, int events) {
        Issue issue = store(publication, number, year, events);
        RenderedIssue rendered = bean("issueRenderer", IssueRenderer.class).render(issue);
        return bean("issueArchive", IssueArchive.class).keep(rendered);
    }

    /** Only the first step of publishing: the numbered issue in the store, not rendered, archived or planned. */
    public Issue store(String publication, int number, int year, int events) {
        List<IssueEvent> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            List<Speaker> speakers = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                speakers.add(new Speaker(
                        "Speaker " + e + "." + s,
                        "Ms.",
                        "Programme Director",
                        "Climate Institute",
                        ("Regional cooperation on ecological protection needs shared data, trained people and patient finance. ")
                                .repeat(6)));
            }
            list.add(new IssueEvent(
                    "Roundtable " + (e + 1) + " on Green Development 绿色发展",
                    LocalDate.of(year, 4, 9),
                    "online",
                    null,
                    "Experts met online to discuss green development in the Lancang-Mekong region.",
                    speakers,
                    List.of()));
        }
        Issue issue = new Issue(
                publication + "-" + year + "-" + number,
                publication,
                year,
                number,
                "Issue " + number + ", " + year,
                LocalDate.of(year, 4, 9),
                list);
        Database db = bean("database", Database.class);
        db.inTransaction(c -> {
            bean("issueStore", IssueStore.class).insert(c, issue, null);
            return null;
        });
        return issue;
    }

    /** Hands an issue to delivery the way the publish route does; returns when the first pass has ended. */
    public void deliver(RenderedIssue rendered) {
        context.createProducerTemplate().sendBody("direct:deliver", rendered);
    }

    /** Waits until no row of the issue is pending or sending. */
    public Map<String, Integer> awaitSettled(String issueId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Integer> counts = ledger().counts(issueId);
            if (counts.get("pending") == 0 && counts.get("sending") == 0) {
                return counts;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Issue " + issueId + " not settled in " + timeout + ": " + counts);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code sent} rows of the issue are sent. */
    public Map<String, Integer> awaitSent(String issueId, int sent, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Integer> counts = ledger().counts(issueId);
            if (counts.get("sent") >= sent || System.nanoTime() > deadline) {
                return counts;
            }
            Thread.sleep(100);
        }
    }

    public int httpPort() {
        VertxPlatformHttpServer server = context.hasService(VertxPlatformHttpServer.class);
        if (server == null) {
            throw new IllegalStateException("no HTTP server");
        }
        return server.getPort();
    }

    @Override
    public void close() {
        main.stop();
    }
}
