package org.newsdesk.ops;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A mail server newsdesk depends on (the IMAP mailbox notes arrive in, the SMTP server issues leave
 * by) accepts connections. Not configured means not used: the inbox folder or the outbox folder
 * stands in, and the check is up and says so.
 */
public final class ServerHealthCheck extends AbstractHealthCheck {

    private final Endpoint endpoint;
    private final String standIn;
    private final int timeoutMillis;

    /**
     * @param endpoint the server, or null when none is configured
     * @param standIn  what is used instead when none is configured
     */
    ServerHealthCheck(String id, Endpoint endpoint, String standIn, int timeoutMillis) {
        super("newsdesk", id);
        this.endpoint = endpoint;
        this.standIn = standIn;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public boolean isLiveness() {
        // a mail server being down is not newsdesk's fault: restarting would not help, the routes retry
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (endpoint == null) {
            builder.detail("server", "none")
                    .message("not configured: " + standIn)
                    .up();
            return;
        }
        builder.detail("server", endpoint.toString());
        String reason = endpoint.unreachableReason(timeoutMillis);
        if (reason == null) {
            builder.up();
        } else {
            builder.message(endpoint + " cannot be reached (" + reason + ")").down();
        }
    }
}
