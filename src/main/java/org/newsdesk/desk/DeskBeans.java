package org.newsdesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.DeliveryService;
import org.newsdesk.deliver.IssueCopies;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.AuditLog;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeskSessionStore;
import org.newsdesk.store.Holds;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.NoteArchive;
import org.newsdesk.store.SignInFailures;
import org.newsdesk.store.SubscriberStore;

/** The editor's desk (routes/desk.camel.yaml): each bean made once, by the names the routes call them. */
public final class DeskBeans {

    /** What the desk needs from the rest of newsdesk, made by the composition root. */
    public record Parts(
            CamelContext context,
            Settings settings,
            Clock clock,
            PublicationProfiles profiles,
            Accounts accounts,
            DeskSessionStore deskSessions,
            SignInFailures signInFailures,
            AuditLog audit,
            NoteArchive notes,
            ItemStore items,
            IssueStore issues,
            Holds holds,
            SubscriberStore subscribers,
            DeliveryLedger ledger,
            org.newsdesk.store.BounceLog bounces,
            IssueAssembler assembler,
            IssueRenderer renderer,
            IssueArchive archive,
            DeliveryService delivery,
            IssueCopies copies,
            EditorControls controls) {}

    private final Map<String, Object> named = new LinkedHashMap<>();

    public DeskBeans(Parts p) {
        Settings settings = p.settings();
        Sessions sessions = new Sessions(
                p.deskSessions(), settings.getDuration("newsdesk.desk.session-idle", Duration.ofHours(8)), p.clock());
        SignInThrottle throttle = new SignInThrottle(
                p.signInFailures(),
                settings.getInt("newsdesk.desk.sign-in-failures-per-name", 5),
                settings.getInt("newsdesk.desk.sign-in-failures-per-address", 20),
                settings.getDuration("newsdesk.desk.sign-in-window", Duration.ofMinutes(15)),
                p.clock());
        Path templates = settings.folder("newsdesk.templates-dir", "templates").resolve("desk");
        DeskPages pages = new DeskPages(new TemplateSet(templates), p.profiles(), sessions);
        boolean secure = settings.get("newsdesk.public-url", "").startsWith("https://");
        // publish and resend run beside the request: the browser goes to the send page and watches it
        ExecutorService background =
                p.context().getExecutorServiceManager().newFixedThreadPool(this, "desk-background", 2);
        named.put("deskGate", new DeskGate(p.accounts(), new Passwords(), sessions, throttle, pages, secure));
        named.put("deskErrors", new DeskErrors(pages));
        named.put("deskAssets", new DeskAssets());
        named.put(
                "deskReview",
                new ReviewDesk(p.items(), p.notes(), p.audit(), p.controls(), p.profiles(), pages, sessions));
        named.put(
                "deskNext",
                new NextIssueDesk(
                        p.assembler(),
                        p.renderer(),
                        p.items(),
                        p.issues(),
                        p.holds(),
                        p.subscribers(),
                        p.controls(),
                        p.copies(),
                        p.audit(),
                        p.profiles(),
                        pages,
                        sessions,
                        background));
        named.put(
                "deskSending",
                new SendingDesk(
                        p.issues(),
                        p.ledger(),
                        p.delivery(),
                        p.archive(),
                        p.profiles(),
                        pages,
                        sessions,
                        p.context(),
                        background,
                        p.clock()));
        named.put("deskSubscribers", new SubscribersDesk(p.subscribers(), p.bounces(), p.profiles(), pages, sessions));
        named.put("deskHome", new DeskHome());
    }

    public Map<String, Object> named() {
        return Collections.unmodifiableMap(named);
    }
}
