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
import org.newsdesk.shared.FaultLog;
import org.newsdesk.store.Database;

/**
 * The store can be written and read: a fresh token written to the heartbeat row and read back, within
 * the health timeout. The round trip runs on its own thread, so health answers in time whatever the
 * store does (a pool waiting 30 s for a PostgreSQL that is down, a file that cannot be written); while
 * one round trip is still stuck, the next calls say so instead of starting another.
 */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final Database database;
    private final long timeoutMillis;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsdesk-database-health");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    private long inFlightSince;

    public DatabaseHealthCheck(Database database, long timeoutMillis) {
        super("newsdesk", "database");
        this.database = database;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public boolean isLiveness() {
        // a database outage is not cured by restarting newsdesk; readiness says it
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("database", database.postgres() ? "postgresql" : "h2");
        String problem = roundTrip();
        if (problem == null) {
            builder.up();
        } else {
            builder.message(problem).down();
        }
    }

    /** Null when the round trip succeeded in time, else why not, for a person. */
    synchronized String roundTrip() {
        long now = System.nanoTime();
        if (inFlight != null && !inFlight.isDone()) {
            return "the store has not answered a write and read for "
                    + TimeUnit.NANOSECONDS.toMillis(now - inFlightSince) + " ms";
        }
        inFlightSince = now;
        int seconds = (int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(timeoutMillis));
        inFlight = worker.submit(() -> database.roundTrip(seconds));
        try {
            inFlight.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return "the store did not answer a write and read within " + timeoutMillis + " ms";
        } catch (ExecutionException e) {
            return "the store cannot be written and read: " + FaultLog.reason(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
