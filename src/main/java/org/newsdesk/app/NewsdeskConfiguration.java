package org.newsdesk.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.Registry;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.MailReplies;
import org.newsdesk.desk.DeskBeans;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.intake.InboxEntries;
import org.newsdesk.intake.InboxFiles;
import org.newsdesk.intake.IntakeProgress;
import org.newsdesk.intake.MailboxAddresses;
import org.newsdesk.intake.MailboxMails;
import org.newsdesk.intake.RejectedNotes;
import org.newsdesk.ops.OperationsBeans;
import org.newsdesk.read.NoteReader;
import org.newsdesk.readers.ReaderBeans;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.PdfRenderer;
import org.newsdesk.render.PreviewService;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.AuditLog;
import org.newsdesk.store.BounceLog;
import org.newsdesk.store.Consents;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeskSessionStore;
import org.newsdesk.store.Holds;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.NoteArchive;
import org.newsdesk.store.NoteOutcomes;
import org.newsdesk.store.SignInFailures;
import org.newsdesk.store.StoreServer;
import org.newsdesk.store.SubscriberStore;

/**
 * The composition root: every bean newsdesk runs with is constructed here, once, with what it needs
 * passed in, stage by stage in the order data flows. The beans routes call are bound under the names
 * the route files use ({@link #named()} is that one list); commands get typed handles from
 * {@link #newsdesk()}. No class looks another up by name.
 */
public class NewsdeskConfiguration implements CamelConfiguration {

    private final Map<String, Object> named = new LinkedHashMap<>();
    private volatile Newsdesk newsdesk;

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = new Settings(context);
        Clock clock = Clock.systemDefaultZone();
        Path dataDir = settings.folder("newsdesk.data-dir", "data");
        createFolders(settings, dataDir);

        // what every stage knows: the publications and the store
        PublicationProfiles profiles =
                PublicationProfiles.load(settings.folder("newsdesk.publications-dir", "config/publications"));
        Database database = openDatabase(settings, dataDir);
        context.addService(new ClosingService(database), true);
        if (settings.get("newsdesk.db.url", null) == null
                && Boolean.parseBoolean(settings.get("newsdesk.db.serve-to-commands", "true"))) {
            // commands run beside the service (users add, hold) reach its embedded store through this
            context.addService(new ClosingService(StoreServer.start(dataDir)), true);
        }
        ItemStore items = new ItemStore(database);
        IssueStore issues = new IssueStore(database);
        SubscriberStore subscribers = new SubscriberStore(database);
        DeliveryLedger ledger = new DeliveryLedger(database);
        Holds holds = new Holds(database);
        SubscriberSeed.importAll(
                settings.folder("newsdesk.subscribers-dir", "config/subscribers"), profiles, subscribers);
        MeterRegistry meters = meterRegistry(context);

        // intake and read
        ReadLimits limits = new ReadLimits(
                settings.getLong("newsdesk.read.max-note-bytes", 10L * 1024 * 1024),
                settings.getInt("newsdesk.read.max-text-chars", 2_000_000),
                settings.getLong("newsdesk.read.max-inflated-bytes", 50L * 1024 * 1024),
                settings.getInt("newsdesk.read.max-pdf-pages", 200),
                settings.getInt("newsdesk.read.max-attachments", 20));
        Path inbox = settings.folder("newsdesk.inbox-dir", "inbox");
        InboxFiles inboxFiles = new InboxFiles(
                settings.folder("newsdesk.processed-dir", "processed"),
                settings.folder("newsdesk.failed-dir", "failed"),
                new HashSet<>(profiles.ids()),
                limits,
                clock);
        RejectedNotes rejectedNotes = new RejectedNotes(clock);
        named.put("inboxFiles", inboxFiles);
        named.put("rejectedNotes", rejectedNotes);
        // links and special files are refused where they lie, before the consumer follows or moves them
        named.put("inboxEntries", new InboxEntries(inboxFiles, rejectedNotes));
        named.put("intakeProgress", new IntakeProgress(inbox));
        Map<String, String> publicationByAddress = new HashMap<>();
        profiles.all().forEach(p -> p.intakeAddresses().forEach(a -> publicationByAddress.put(a, p.id())));
        // each mail read once (by Message-ID), the sender told once when it cannot be read
        named.put(
                "mailboxMails",
                new MailboxMails(
                        limits, clock, new MailboxAddresses(publicationByAddress, new HashSet<>(profiles.ids()))));
        // in the store, so whichever instance leads the mailbox knows what the others read
        JdbcMessageIdRepository seenMails = new JdbcMessageIdRepository(database.dataSource(), "intake-mailbox");
        seenMails.setCreateTableIfNotExists(false);
        named.put("seenMails", seenMails);
        named.put("noteReader", new NoteReader(limits));
        // normalize and store
        named.put("noteNormalizer", NormalizerFactory.create(profiles));
        named.put("noteOutcomes", new NoteOutcomes(items));
        NoteArchive notes = new NoteArchive(database);
        named.put("noteArchive", notes);
        // assemble, render, archive
        IssueAssembler assembler = new IssueAssembler(database, items, issues, profiles, clock);
        IssueRenderer renderer = new IssueRenderer(
                new TemplateSet(settings.folder("newsdesk.templates-dir", "templates")),
                profiles,
                settings.get("newsdesk.public-url", "http://localhost:8080"));
        PdfRenderer.preloadFonts();
        IssueArchive archive = new IssueArchive(settings.folder("newsdesk.archive-dir", "archive"));
        PreviewService preview = new PreviewService(assembler, renderer, archive);
        named.put("publishService", new PublishService(assembler, holds));
        named.put("issueRenderer", renderer);
        named.put("issueArchive", archive);
        named.put("previewService", preview);
        // deliver, and the replies to officers whose mail could not be read
        BounceLog bounceLog = new BounceLog(database);
        named.put("bounceLog", bounceLog);
        DeliveryBeans.Built delivery = DeliveryBeans.build(
                context, settings, profiles, ledger, subscribers, issues, archive, renderer, bounceLog, clock, meters);
        named.putAll(delivery.named());
        named.put(
                "mailReplies",
                new MailReplies(
                        delivery.transport(),
                        replyFrom(settings, profiles),
                        settings.get("newsdesk.mailbox.failed-folder", "Failed"),
                        clock));

        if (Boolean.parseBoolean(settings.get("newsdesk.schedule.enabled", "true"))) {
            context.addStartupListener(new PublicationSchedules(profiles));
        }
        // operations: schedule store, health checks, metrics, editor controls, route-file watcher
        OperationsBeans operations =
                new OperationsBeans(context, settings, database, profiles, items, issues, holds, ledger, meters);
        named.putAll(operations.named());

        // the editor's desk (web pages under /desk/)
        Accounts accounts = new Accounts(database);
        // sessions and failed sign-ins in the store: any process sharing it serves any desk request
        DeskSessionStore deskSessions = new DeskSessionStore(database);
        SignInFailures signInFailures = new SignInFailures(database);
        AuditLog audit = new AuditLog(database);
        DeskBeans desk = new DeskBeans(new DeskBeans.Parts(
                context,
                settings,
                clock,
                profiles,
                accounts,
                deskSessions,
                signInFailures,
                audit,
                notes,
                items,
                issues,
                holds,
                subscribers,
                ledger,
                bounceLog,
                assembler,
                renderer,
                archive,
                delivery.service(),
                delivery.copies(),
                operations.editorControls()));
        named.putAll(desk.named());
        named.put("deskAccounts", accounts);

        // the readers' side: archive, feed, subscribe, preferences (public pages under /p/)
        Consents consents = new Consents(database);
        named.put("consents", consents);
        ReaderBeans readers = new ReaderBeans(
                settings,
                clock,
                profiles,
                issues,
                archive,
                subscribers,
                consents,
                delivery.transport(),
                delivery.tokens());
        named.putAll(readers.named());
        named.put("deskAudit", audit);

        // the store, for commands and for operators' own routes (docs/operators.md)
        named.put("publicationProfiles", profiles);
        named.put("itemStore", items);
        named.put("issueStore", issues);
        named.put("subscriberStore", subscribers);
        named.put("deliveryLedger", ledger);
        named.put("holds", holds);
        named.put("database", database);

        Registry registry = context.getRegistry();
        named.forEach(registry::bind);
        newsdesk = new Newsdesk(
                profiles,
                items,
                issues,
                subscribers,
                ledger,
                archive,
                preview,
                delivery.service(),
                operations.editorControls(),
                accounts,
                readers.site());
    }

    /** Every bean bound for the routes, by the name the route files call it. */
    public Map<String, Object> named() {
        return Collections.unmodifiableMap(named);
    }

    /** The beans commands call directly; available once Camel has configured this root. */
    public Newsdesk newsdesk() {
        if (newsdesk == null) {
            throw new IllegalStateException("newsdesk is not configured yet: start Camel first");
        }
        return newsdesk;
    }

    /**
     * One meter registry for Camel's meters and ours: the one camel-micrometer-prometheus scrapes. It
     * takes a registry bound as {@code metricsRegistry} when there is one, so binding ours first makes
     * them the same; if it started first, its own is used.
     */
    private static MeterRegistry meterRegistry(CamelContext context) {
        MeterRegistry camels = context.getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (camels != null) {
            return camels;
        }
        PrometheusMeterRegistry ours = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        context.getRegistry().bind("metricsRegistry", ours);
        return ours;
    }

    /**
     * The sender of replies to officers: configured, else the mailbox's own address. With a mailbox
     * whose login is a bare name and no address configured the service does not start: replies from a
     * made-up local address are dropped or marked as spam. Without a mailbox, replies go only to
     * operators' own report routes, from the configured address or the first publication's sender.
     */
    static String replyFrom(Settings settings, PublicationProfiles profiles) {
        String from = settings.get("newsdesk.mailbox.reply-from", null);
        if (from != null && !from.isBlank()) {
            return from.strip();
        }
        String user = settings.get("newsdesk.mailbox.user", null);
        if (user != null && user.contains("@")) {
            return user.strip();
        }
        String host = settings.get("newsdesk.mailbox.host", null);
        if (host != null && !host.isBlank()) {
            throw new IllegalStateException("Replies to officers need a sender address: the mailbox login \"" + user
                    + "\" is not one. Set NEWSDESK_MAILBOX_REPLY_FROM (newsdesk.mailbox.reply-from), e.g."
                    + " notes@newsletter.example.org.");
        }
        return profiles.all().stream()
                .map(p -> p.fromAddress() == null ? "" : p.fromAddress().replaceAll("^.*<([^>]+)>.*$", "$1"))
                .filter(a -> a.contains("@"))
                .findFirst()
                .orElse("newsdesk@localhost");
    }

    private static Database openDatabase(Settings settings, Path dataDir) {
        String url = settings.get("newsdesk.db.url", null);
        if (url == null) {
            return Database.embedded(dataDir);
        }
        return Database.open(url, settings.get("newsdesk.db.user", null), settings.get("newsdesk.db.password", null));
    }

    private static void createFolders(Settings settings, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            for (String key : new String[] {
                "newsdesk.inbox-dir:inbox",
                "newsdesk.processed-dir:processed",
                "newsdesk.failed-dir:failed",
                "newsdesk.archive-dir:archive"
            }) {
                String[] kv = key.split(":");
                Files.createDirectories(settings.folder(kv[0], kv[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The work folders under " + settings.workDir() + " cannot be created", e);
        }
    }
}
