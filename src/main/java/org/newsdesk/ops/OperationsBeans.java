package org.newsdesk.ops;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocketFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.SenderId;
import org.newsdesk.domain.Publication;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.Holds;
import org.newsdesk.store.Instances;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.StoreCounts;

/**
 * The operations side, built from what the stages already made: where schedules are kept, health
 * checks, metrics, the editor controls and the route-file watcher. Services and listeners are added
 * to the context here; the beans routes and Camel's health registry call are returned by name.
 */
public final class OperationsBeans {

    private final Map<String, Object> named = new LinkedHashMap<>();
    private final EditorControls editorControls;
    private final ClusterMembership membership;

    public OperationsBeans(
            CamelContext context,
            Settings settings,
            Database database,
            PublicationProfiles profiles,
            ItemStore items,
            IssueStore issues,
            Holds holds,
            DeliveryLedger ledger,
            MeterRegistry meters)
            throws Exception {
        if (Boolean.parseBoolean(settings.get("newsdesk.schedule.enabled", "true"))
                && "jdbc".equalsIgnoreCase(settings.get("newsdesk.schedule.store", "jdbc"))) {
            ScheduleStore.useDatabase(
                    context, database, settings.getLong("newsdesk.schedule.misfire-threshold-millis", 60_000));
            context.addStartupListener(new StoredSchedules(profiles.all().stream()
                    .filter(p -> p.schedule() != null)
                    .collect(Collectors.toMap(Publication::id, Publication::timeZone))));
        }

        StoreCounts counts = new StoreCounts(database);
        NewsdeskMetrics.register(meters, counts);
        // the gauges hold the counts strongly; the name keeps them visible to a person looking at the registry
        named.put("storeCounts", counts);
        context.addService(new GlobalMeters(meters), true);

        int timeout = settings.getInt("newsdesk.health.timeout-millis", 2000);
        named.put("databaseHealthCheck", new DatabaseHealthCheck(database, timeout));
        MailHealthChecks mail =
                new MailHealthChecks(settings, timeout, (SSLSocketFactory) SSLSocketFactory.getDefault(), true);
        named.put("mailboxHealthCheck", mail.mailbox());
        named.put("smtpHealthCheck", mail.smtp());

        if (Boolean.parseBoolean(settings.get("newsdesk.routes.reload-enabled", "true"))) {
            RouteFileWatcher watcher = new RouteFileWatcher(context, settings.folder("newsdesk.routes-dir", "routes"));
            named.put("routeFileWatcher", watcher);
            named.put("routesReloadHealthCheck", new RouteReloadHealthCheck(watcher));
            context.addService(watcher, true);
        }

        // one instance among several on this store: who leads the single-active routes (routes/*: master:)
        ClusterMembership membership = new ClusterMembership(
                new Instances(database),
                SenderId.current(),
                settings.folder("newsdesk.cluster.dir", "data/cluster"),
                Duration.ofMillis(settings.getLong("newsdesk.cluster.lease-millis", 10_000)),
                Duration.ofMillis(settings.getLong("newsdesk.cluster.beat-millis", 5_000)),
                Clock.systemUTC());
        membership.joinTo(context);
        named.put("clusterMembership", membership);
        named.put("instanceHealthCheck", new InstanceHealthCheck(membership));
        this.membership = membership;

        SendGate gate = new SendGate(context);
        named.put("sendGate", gate);
        context.getManagementStrategy().addEventNotifier(gate);

        // the mailbox consumers' poll failures: one line with the reason, then a count per minute
        named.put("pollFaults", new PollFaults(Clock.systemUTC()));
        named.put("publishFailures", new PublishFailures(Clock.systemUTC()));
        named.put("editorResponses", new EditorResponses());
        // every platform-http route's headers (config/application.properties names it for the component)
        named.put("httpHeaderRules", new HttpHeaderRules());
        named.put("editorToken", new EditorToken(settings.get("newsdesk.editor.token", null)));
        editorControls =
                new EditorControls(context, profiles, holds, items, issues, ledger, membership, Clock.systemUTC());
        named.put("editorControls", editorControls);
    }

    /** The beans by the names routes and Camel's health registry know them by. */
    public Map<String, Object> named() {
        return java.util.Collections.unmodifiableMap(named);
    }

    public EditorControls editorControls() {
        return editorControls;
    }

    public ClusterMembership membership() {
        return membership;
    }

    /** Joins the service's registry to Micrometer's global one while Camel runs (see NewsdeskMetrics). */
    private static final class GlobalMeters extends ServiceSupport {

        private final MeterRegistry meters;

        GlobalMeters(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        protected void doStart() {
            NewsdeskMetrics.join(meters);
        }

        @Override
        protected void doStop() {
            NewsdeskMetrics.leave(meters);
        }
    }
}
