package org.newsdesk.ops;

import org.newsdesk.store.StoreCounts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.newsdesk.config.Settings;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.Holds;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;

/**
 * The operations beans: where schedules are kept, health checks, metrics, the editor controls and
 * the route-file watcher. Runs after {@code NewsdeskConfiguration}, whose beans it reads from the
 * registry.
 */
public class OperationsConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        var registry = context.getRegistry();
        Settings settings = registry.lookupByNameAndType("settings", Settings.class);
        Database database = registry.lookupByNameAndType("database", Database.class);

        if (Boolean.parseBoolean(settings.get("newsdesk.schedule.enabled", "true"))
                && "jdbc".equalsIgnoreCase(settings.get("newsdesk.schedule.store", "jdbc"))) {
            ScheduleStore.useDatabase(context, database, settings.getLong("newsdesk.schedule.misfire-threshold-millis", 60_000));
            context.addStartupListener(new StoredSchedules(registry.lookupByNameAndType("publicationProfiles", PublicationProfiles.class)
                    .all().stream().filter(p -> p.schedule() != null)
                    .collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.timeZone()))));
        }

        // one registry for Camel's meters and ours: the one camel-micrometer-prometheus scrapes
        // (it binds "metricsRegistry" when it starts first, and otherwise looks that name up)
        MeterRegistry meters = registry.lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (meters == null) {
            meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            registry.bind("metricsRegistry", meters);
        }
        StoreCounts counts = new StoreCounts(database);
        registry.bind("storeCounts", counts);
        NewsdeskMetrics.register(meters, counts);
        registry.bind("meterRegistry", meters);
        context.addService(new GlobalMeters(meters), true);

        int timeout = settings.getInt("newsdesk.health.timeout-millis", 2000);
        registry.bind("databaseHealthCheck", new DatabaseHealthCheck(database));
        String mailboxHost = settings.get("newsdesk.mailbox.host", null);
        registry.bind("mailboxHealthCheck", new ServerHealthCheck("mailbox",
                mailboxHost == null ? null : new Endpoint(mailboxHost, settings.getInt("newsdesk.mailbox.port", 993)),
                "notes come from the inbox folder only", timeout));
        String smtpHost = settings.get("newsdesk.smtp.host", null);
        registry.bind("smtpHealthCheck", new ServerHealthCheck("smtp",
                smtpHost == null ? null : new Endpoint(smtpHost, settings.getInt("newsdesk.smtp.port", 587)),
                "mails are written to the outbox folder", timeout));

        if (Boolean.parseBoolean(settings.get("newsdesk.routes.reload-enabled", "true"))) {
            RouteFileWatcher watcher = new RouteFileWatcher(context, settings.folder("newsdesk.routes-dir", "routes"));
            registry.bind("routeFileWatcher", watcher);
            context.addService(watcher, true);
        }

        SendGate gate = new SendGate(context);
        registry.bind("sendGate", gate);
        context.getManagementStrategy().addEventNotifier(gate);

        registry.bind("editorResponses", new EditorResponses());
        registry.bind("editorToken", new EditorToken(settings.get("newsdesk.editor.token", null)));
        registry.bind("editorControls", new EditorControls(context,
                registry.lookupByNameAndType("publicationProfiles", PublicationProfiles.class),
                registry.lookupByNameAndType("holds", Holds.class),
                registry.lookupByNameAndType("itemStore", ItemStore.class),
                registry.lookupByNameAndType("issueStore", IssueStore.class),
                registry.lookupByNameAndType("deliveryLedger", DeliveryLedger.class), Clock.systemUTC()));
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
