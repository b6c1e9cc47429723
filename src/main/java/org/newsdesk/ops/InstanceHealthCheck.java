package org.newsdesk.ops;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Names this instance and the one leading each single-active route (the intake and mailbox
 * consumers). Up whoever leads: an instance that follows is as healthy as the leader.
 */
public final class InstanceHealthCheck extends AbstractHealthCheck {

    private final ClusterMembership membership;

    InstanceHealthCheck(ClusterMembership membership) {
        super("newsdesk", "instance");
        this.membership = membership;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("instance", membership.instance());
        builder.detail("leads", String.join(",", membership.leads()));
        Map<String, String> leaders = membership.leaders();
        leaders.forEach((route, instance) -> builder.detail("leader." + route, instance));
        builder.detail("running", membership.running().size());
        builder.message(membership.instance()
                        + (leaders.isEmpty()
                                ? "; no single-active route has a leader yet"
                                : "; "
                                        + leaders.entrySet().stream()
                                                .map(e -> e.getKey() + " led by " + e.getValue())
                                                .collect(Collectors.joining(", "))))
                .up();
    }
}
