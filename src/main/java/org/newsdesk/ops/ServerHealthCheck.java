package org.newsdesk.ops;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A mail server newsdesk depends on (the IMAP mailbox notes arrive in, the SMTP relay issues leave by)
 * does what newsdesk needs of it: the probe logs in as newsdesk would. Not configured means not used:
 * the inbox folder or the outbox folder stands in, and the check is up and says so.
 *
 * <p>The probe runs on a thread of its own and the check answers within the timeout whatever the
 * server does; a probe still running from an earlier call is waited for, never started twice. A
 * login costs the server a session, so an up result is kept for {@code cacheMillis} (a health endpoint
 * polled every few seconds logs in at most that often) and a down one for a fifth of it.
 */
public final class ServerHealthCheck extends AbstractHealthCheck {

    /** What the check does against its server: null when all is well, else what is wrong and what to do. */
    @FunctionalInterface
    interface Probe {
        String problem();
    }

    private record Outcome(String problem, long atNanos) {}

    private final String server;
    private final Probe probe;
    private final String standIn;
    private final int timeoutMillis;
    private final long cacheNanos;
    private ExecutorService thread;
    private Future<String> running;
    private Outcome last;

    /**
     * @param server   the server as the message names it, or null when none is configured
     * @param standIn  what is used instead when none is configured
     */
    ServerHealthCheck(String id, String server, Probe probe, String standIn, int timeoutMillis, long cacheMillis) {
        super("newsdesk", id);
        this.server = server;
        this.probe = probe;
        this.standIn = standIn;
        this.timeoutMillis = timeoutMillis;
        this.cacheNanos = TimeUnit.MILLISECONDS.toNanos(cacheMillis);
    }

    /** Only that the server accepts a TCP connection, every call. */
    ServerHealthCheck(String id, Endpoint endpoint, String standIn, int timeoutMillis) {
        this(
                id,
                endpoint == null ? null : endpoint.toString(),
                endpoint == null ? null : () -> tcp(endpoint, timeoutMillis),
                standIn,
                timeoutMillis,
                0);
    }

    private static String tcp(Endpoint endpoint, int timeoutMillis) {
        String reason = endpoint.unreachableReason(timeoutMillis);
        return reason == null ? null : endpoint + " cannot be reached (" + reason + ")";
    }

    @Override
    public boolean isLiveness() {
        // a mail server being down is not newsdesk's fault: restarting would not help, the routes retry
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (server == null) {
            builder.detail("server", "none")
                    .message("not configured: " + standIn)
                    .up();
            return;
        }
        builder.detail("server", server);
        String problem = problem();
        if (problem == null) {
            builder.up();
        } else {
            builder.message(problem).down();
        }
    }

    private synchronized String problem() {
        // a failure is kept a fifth as long: a server that comes back shows up soon
        long keep = last == null ? 0 : last.problem() == null ? cacheNanos : cacheNanos / 5;
        if (last != null && System.nanoTime() - last.atNanos() < keep) {
            return last.problem();
        }
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "health-" + getId());
                t.setDaemon(true);
                return t;
            });
        }
        if (running == null || running.isDone()) {
            running = thread.submit(probe::problem);
        }
        String problem;
        try {
            problem = running.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // not kept: the probe still running is asked again at the next call
            return server + " did not answer within " + timeoutMillis
                    + " ms (newsdesk.health.timeout-millis): is it overloaded, or is a firewall dropping the connection?";
        } catch (ExecutionException e) {
            problem = server + ": the check failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return server + ": the check was interrupted";
        }
        last = new Outcome(problem, System.nanoTime());
        return problem;
    }
}
