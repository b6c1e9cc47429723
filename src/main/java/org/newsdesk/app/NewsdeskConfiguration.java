package org.newsdesk.app;

import org.newsdesk.config.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.MailTransport;
import org.newsdesk.intake.InboxFiles;
import org.newsdesk.intake.IntakeProgress;
import org.newsdesk.deliver.MailReplies;
import org.newsdesk.intake.MailboxAddresses;
import org.newsdesk.intake.MailboxMails;
import org.newsdesk.store.NoteOutcomes;
import org.newsdesk.intake.RejectedNotes;
import org.newsdesk.normalize.NoteNormalizer;
import org.newsdesk.read.NoteReader;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.Holds;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;

/**
 * Builds the beans the routes call, one per stage, from the settings, and binds them by name. Plain
 * constructors, no container: what each bean needs is visible here.
 */
public class NewsdeskConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = new Settings(context);
        Clock clock = Clock.systemDefaultZone();
        Path dataDir = settings.folder("newsdesk.data-dir", "data");
        createFolders(settings, dataDir);

        PublicationProfiles profiles = PublicationProfiles.load(settings.folder("newsdesk.publications-dir", "config/publications"));
        Database database = openDatabase(settings, dataDir);
        context.addService(new ClosingService(database), true);

        ItemStore items = new ItemStore(database);
        IssueStore issues = new IssueStore(database);
        SubscriberStore subscribers = new SubscriberStore(database);
        DeliveryLedger ledger = new DeliveryLedger(database);
        Holds holds = new Holds(database);
        SubscriberSeed.importAll(settings.folder("newsdesk.subscribers-dir", "config/subscribers"), profiles, subscribers);

        ReadLimits limits = new ReadLimits(settings.getLong("newsdesk.read.max-note-bytes", 10L * 1024 * 1024),
                settings.getInt("newsdesk.read.max-text-chars", 2_000_000),
                settings.getLong("newsdesk.read.max-inflated-bytes", 50L * 1024 * 1024),
                settings.getInt("newsdesk.read.max-pdf-pages", 200),
                settings.getInt("newsdesk.read.max-attachments", 20));

        // the mailbox route starts only when a host is set; its URI still needs a host to be built
        String mailboxHost = settings.get("newsdesk.mailbox.host", null);
        context.getPropertiesComponent().addOverrideProperty("newsdesk.mailbox.enabled", Boolean.toString(mailboxHost != null));
        context.getPropertiesComponent().addOverrideProperty("newsdesk.mailbox.uri-host", mailboxHost == null ? "localhost" : mailboxHost);

        // absolute folders for the routes' endpoint URIs
        context.getPropertiesComponent().addOverrideProperty("newsdesk.inbox-path",
                settings.folder("newsdesk.inbox-dir", "inbox").toString());

        IssueArchive archive = new IssueArchive(settings.folder("newsdesk.archive-dir", "archive"));
        var registry = context.getRegistry();
        registry.bind("settings", settings);
        registry.bind("database", database);
        registry.bind("publicationProfiles", profiles);
        registry.bind("itemStore", items);
        registry.bind("issueStore", issues);
        registry.bind("subscriberStore", subscribers);
        registry.bind("deliveryLedger", ledger);
        registry.bind("holds", holds);

        // intake and read
        registry.bind("inboxFiles", new InboxFiles(settings.folder("newsdesk.processed-dir", "processed"),
                settings.folder("newsdesk.failed-dir", "failed"), new HashSet<>(profiles.ids()), limits, clock));
        registry.bind("rejectedNotes", new RejectedNotes(clock));
        registry.bind("intakeProgress", new IntakeProgress(settings.folder("newsdesk.inbox-dir", "inbox")));
        registry.bind("noteReader", new NoteReader(limits));
        // normalize and store
        registry.bind("noteNormalizer", NormalizerFactory.create(profiles));
        registry.bind("noteOutcomes", new NoteOutcomes(items));
        // assemble, render, archive
        IssueAssembler assembler = new IssueAssembler(database, items, issues, profiles, clock);
        IssueRenderer renderer = new IssueRenderer(new TemplateSet(settings.folder("newsdesk.templates-dir", "templates")), profiles);
        registry.bind("publishService", new PublishService(assembler, holds));
        registry.bind("issueRenderer", renderer);
        org.newsdesk.render.PdfRenderer.preloadFonts();
        registry.bind("issueArchive", archive);
        registry.bind("previewService", new PreviewService(assembler, renderer, archive));
        // deliver
        DeliveryBeans.bind(context, settings, profiles, ledger, subscribers, issues, archive);

        // mailbox intake: each mail read once (by Message-ID), the sender told once when it cannot be read
        Map<String, String> publicationByAddress = new HashMap<>();
        profiles.all().forEach(p -> p.intakeAddresses().forEach(a -> publicationByAddress.put(a, p.id())));
        registry.bind("mailboxMails", new MailboxMails(limits, clock,
                new MailboxAddresses(publicationByAddress, new HashSet<>(profiles.ids()))));
        registry.bind("seenMails", FileIdempotentRepository.fileIdempotentRepository(
                dataDir.resolve("seen-mails.txt").toFile(), 10_000, 64L * 1024 * 1024));
        MailTransport transport = registry.lookupByNameAndType("mailTransport", MailTransport.class);
        registry.bind("mailReplies", new MailReplies(transport, replyFrom(settings),
                settings.get("newsdesk.mailbox.failed-folder", "Failed"), clock));

        if (Boolean.parseBoolean(settings.get("newsdesk.schedule.enabled", "true"))) {
            context.addStartupListener(new PublicationSchedules(profiles));
        }
        // schedule store, health checks, metrics, editor controls
        new org.newsdesk.ops.OperationsConfiguration().configure(context);
    }

    /** The reply sender: configured, else the mailbox's own address, else a local name. */
    private static String replyFrom(Settings settings) {
        String from = settings.get("newsdesk.mailbox.reply-from", null);
        if (from != null) {
            return from;
        }
        String user = settings.get("newsdesk.mailbox.user", null);
        return user != null && user.contains("@") ? user : "newsdesk@localhost";
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
            for (String key : new String[] {"newsdesk.inbox-dir:inbox", "newsdesk.processed-dir:processed", "newsdesk.failed-dir:failed",
                    "newsdesk.archive-dir:archive"}) {
                String[] kv = key.split(":");
                Files.createDirectories(settings.folder(kv[0], kv[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The work folders under " + settings.workDir() + " cannot be created", e);
        }
    }
}
