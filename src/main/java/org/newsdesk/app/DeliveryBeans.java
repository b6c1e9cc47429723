package org.newsdesk.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.ArchivedIssues;
import org.newsdesk.deliver.BounceReader;
import org.newsdesk.deliver.Bounces;
import org.newsdesk.deliver.DeliveryMetrics;
import org.newsdesk.deliver.DeliveryService;
import org.newsdesk.deliver.DkimSigning;
import org.newsdesk.deliver.IssueCopies;
import org.newsdesk.deliver.MailTransport;
import org.newsdesk.deliver.NewsletterMail;
import org.newsdesk.deliver.OutboxTransport;
import org.newsdesk.deliver.RefusalLog;
import org.newsdesk.deliver.RelayChain;
import org.newsdesk.deliver.SendRateLimits;
import org.newsdesk.deliver.SenderId;
import org.newsdesk.deliver.SenderLiveness;
import org.newsdesk.deliver.SmtpTransport;
import org.newsdesk.deliver.UnsubscribeService;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.deliver.VerpTokens;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.store.BounceLog;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.SubscriberStore;

/**
 * The delivery stage, built from the {@code newsdesk.deliver.*}, {@code newsdesk.smtp.*} and
 * {@code newsdesk.unsubscribe.*} settings and the beans the earlier stages made.
 */
final class DeliveryBeans {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeliveryBeans.class);

    /** The placeholder secret of config/application.properties; fine for the outbox, never for real mail. */
    static final String UNSAFE_DEFAULT_SECRET = "change-me-this-is-not-a-secret";

    private DeliveryBeans() {}

    /** The delivery stage's beans, by the names the routes call them. */
    record Built(
            MailTransport transport,
            DeliveryService service,
            IssueCopies copies,
            UnsubscribeTokens tokens,
            Map<String, Object> named) {}

    static Built build(
            CamelContext context,
            Settings settings,
            PublicationProfiles profiles,
            DeliveryLedger ledger,
            SubscriberStore subscribers,
            IssueStore issues,
            IssueArchive archive,
            IssueRenderer renderer,
            BounceLog bounceLog,
            Clock clock,
            MeterRegistry meters)
            throws Exception {
        int concurrency = settings.getInt("newsdesk.deliver.concurrency", 4);
        MailTransport transport = transport(settings, concurrency);
        context.addService(new ClosingService(transport), true);
        String secret = settings.get("newsdesk.unsubscribe.secret", null);
        UnsubscribeTokens tokens = new UnsubscribeTokens(secret);
        if (!(transport instanceof OutboxTransport) && UNSAFE_DEFAULT_SECRET.equals(secret)) {
            // the default is in git: anyone could sign an unsubscribe link for any reader
            LOG.warn("Unsubscribe links are signed with the default secret from application.properties: "
                    + "set NEWSDESK_UNSUBSCRIBE_SECRET before mailing real readers");
        }
        String publicUrl = settings.get("newsdesk.public-url", "http://localhost:8080");
        if (!(transport instanceof OutboxTransport) && !publicUrl.startsWith("https://")) {
            // RFC 8058: mail clients offer one-click unsubscribe only for an https URL
            LOG.warn(
                    "newsdesk.public-url is {}: set NEWSDESK_PUBLIC_URL to the https address readers reach the service at",
                    publicUrl);
        }
        VerpTokens verp = new VerpTokens(secret);
        NewsletterMail mail = new NewsletterMail(
                tokens,
                publicUrl,
                DkimSigning.of(profiles),
                Boolean.parseBoolean(settings.get("newsdesk.deliver.verp", "true")) ? verp : null,
                settings.get("newsdesk.deliver.bounce-local-part", "bounces"));
        SenderId self = SenderId.current();
        SendRateLimits limits = new SendRateLimits(
                Double.parseDouble(settings.get("newsdesk.deliver.max-per-second", "0")),
                settings.getInt("newsdesk.deliver.max-per-domain", 0),
                settings.getDuration("newsdesk.deliver.domain-window", Duration.ofMinutes(1)),
                System::nanoTime);
        DeliveryMetrics metrics = new DeliveryMetrics(() -> Optional.of(meters));
        DeliveryService.Options options = new DeliveryService.Options(
                settings.getDuration("newsdesk.deliver.retry-after", Duration.ofMinutes(2)),
                settings.getDuration("newsdesk.deliver.max-retry-after", Duration.ofHours(1)),
                settings.getDuration("newsdesk.deliver.progress-every", Duration.ofSeconds(5)),
                settings.getDuration("newsdesk.deliver.unplanned-after", Duration.ofMinutes(2)),
                Duration.ofDays(2),
                Boolean.parseBoolean(settings.get("newsdesk.deliver.send-in-flight-again", "true")));
        SenderLiveness liveness = SenderLiveness.ofThisHost(
                self, settings.getDuration("newsdesk.deliver.stale-after", Duration.ofMinutes(10)));

        ArchivedIssues archived = new ArchivedIssues(issues, archive, renderer);
        DeliveryService service = new DeliveryService(
                ledger,
                subscribers,
                profiles,
                archived,
                mail,
                transport,
                limits,
                liveness,
                metrics,
                new RefusalLog(clock),
                options,
                self);
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("unsubscribeTokens", tokens);
        named.put("mailTransport", transport);
        named.put(
                "deliveryPool",
                context.getExecutorServiceManager().newFixedThreadPool(DeliveryBeans.class, "deliver", concurrency));
        named.put("deliveryService", service);
        named.put("unsubscribeService", new UnsubscribeService(tokens, subscribers));
        // a copy of an issue to an address that is not a subscriber (docs/recipes/archive-copy.camel.yaml)
        IssueCopies copies = new IssueCopies(mail, profiles, transport);
        // returned mails from the bounce mailbox (routes/bounces.camel.yaml)
        named.put(
                "bounces",
                new Bounces(
                        new BounceReader(),
                        verp,
                        subscribers,
                        bounceLog,
                        settings.getInt("newsdesk.bounces.soft-limit", 3),
                        settings.getDuration("newsdesk.bounces.soft-window", Duration.ofDays(30)),
                        clock));
        named.put("issueCopies", copies);
        return new Built(transport, service, copies, tokens, named);
    }

    private static MailTransport transport(Settings settings, int concurrency) {
        String hosts = settings.get("newsdesk.smtp.host", null);
        if (hosts == null) {
            return new OutboxTransport(settings.folder("newsdesk.outbox-dir", "outbox"));
        }
        // "relay1.example, relay2.example:2525": tried in that order (RelayChain)
        List<MailTransport> relays = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        int defaultPort = settings.getInt("newsdesk.smtp.port", 587);
        for (String entry : hosts.split(",")) {
            String hostAndPort = entry.strip();
            int colon = hostAndPort.lastIndexOf(':');
            String host = colon > 0 ? hostAndPort.substring(0, colon) : hostAndPort;
            int port = colon > 0 ? Integer.parseInt(hostAndPort.substring(colon + 1)) : defaultPort;
            relays.add(new SmtpTransport(new SmtpTransport.Settings(
                    host,
                    port,
                    settings.get("newsdesk.smtp.security", "starttls"),
                    settings.get("newsdesk.smtp.user", null),
                    settings.get("newsdesk.smtp.password", null),
                    concurrency,
                    settings.getInt("newsdesk.smtp.timeout-millis", 30_000))));
            names.add(host + ":" + port);
        }
        return relays.size() == 1
                ? relays.get(0)
                : new RelayChain(
                        relays,
                        names,
                        settings.getDuration("newsdesk.smtp.relay-rest", Duration.ofMinutes(1)),
                        System::nanoTime);
    }
}
