package org.newsdesk.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.support.service.ServiceSupport;
import org.newsdesk.deliver.SenderId;
import org.newsdesk.store.Instances;
import org.newsdesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This service as one instance among several on one store. The routes that must run on one instance
 * at a time ({@code master:<route>:...} in routes/) are led through Camel's file-lock cluster service
 * over {@code newsdesk.cluster.dir}, one folder every instance shares; the lock of a dead leader is
 * taken over once its heartbeat in that folder is older than the lease. Each instance also beats its
 * row in the store with the routes it leads, which is what status and the health check show.
 */
public final class ClusterMembership extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMembership.class);

    /** Camel's file-lock cluster service treats a leader as gone after this many silent lock intervals. */
    static final int SILENT_INTERVALS = 5;

    private final FileLockClusterService cluster;
    private final Instances instances;
    private final SenderId self;
    private final Instant startedAt;
    private final Duration beat;
    private final Clock clock;
    private volatile List<String> ledAtLastBeat = List.of();

    public ClusterMembership(
            Instances instances, SenderId self, Path folder, Duration lease, Duration beat, Clock clock) {
        this.instances = instances;
        this.self = self;
        this.startedAt = Instant.ofEpochMilli(self.startedMillis());
        this.beat = beat;
        this.clock = clock;
        this.cluster = new FileLockClusterService();
        cluster.setId(name(self));
        cluster.setRoot(folder.toString());
        cluster.setAcquireLockDelay(Math.max(100, lease.toMillis() / SILENT_INTERVALS / 2), TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(Math.max(200, lease.toMillis() / SILENT_INTERVALS), TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(SILENT_INTERVALS);
    }

    /** Adds the cluster service (which {@code master:} endpoints find in the context) and this member. */
    public void joinTo(CamelContext context) throws Exception {
        context.addService(cluster, true);
        context.addService(this, true);
    }

    /** How people name this process: {@code pid@host}, as the JVM names itself. */
    public String instance() {
        return name(self);
    }

    /** The single-active routes this instance leads now, by their namespace in routes/. */
    public List<String> leads() {
        return cluster.getNamespaces().stream()
                .filter(cluster::isLeader)
                .sorted()
                .toList();
    }

    /** The heartbeat route's step: this instance is alive and leads {@link #leads()}. */
    public void beat() {
        Instant now = clock.instant();
        List<String> leads = leads();
        if (!leads.equals(ledAtLastBeat)) {
            LOG.info(
                    "Instance {} leads {}{}",
                    instance(),
                    leads.isEmpty() ? "no single-active route" : String.join(", ", leads),
                    ledAtLastBeat.isEmpty() ? "" : " (before: " + String.join(", ", ledAtLastBeat) + ")");
            ledAtLastBeat = leads;
        }
        try {
            instances.beat(self.toString(), startedAt, now, leads);
            // an instance killed long ago is no news: its row goes once nobody could mistake it for a live one
            instances.forgetBefore(now.minus(Duration.ofDays(1)));
        } catch (StoreException e) {
            // the store's own line says it cannot be used; the next beat tries again, and until then the
            // others see this instance's row age
        }
    }

    /** The instances that beat lately, oldest first. */
    public List<Instances.Seen> running() {
        return instances.seenSince(clock.instant().minus(beat.multipliedBy(3)));
    }

    /** Each single-active route and the instance leading it, as the instances last said. */
    public Map<String, String> leaders() {
        Map<String, String> leaders = new TreeMap<>();
        for (Instances.Seen seen : running()) {
            seen.leads().forEach(route -> leaders.put(route, seen.name()));
        }
        // this instance knows its own leadership now, not a beat ago
        leads().forEach(route -> leaders.put(route, instance()));
        return new LinkedHashMap<>(leaders);
    }

    @Override
    protected void doStop() {
        try {
            instances.leave(self.toString());
        } catch (RuntimeException e) {
            // a store that is down at the stop: the row ages out like a dead instance's
        }
    }

    private static String name(SenderId id) {
        return id.pid() + "@" + id.host();
    }
}
