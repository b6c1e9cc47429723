package org.newsdesk.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * Logs a fault that repeats (the store cannot be written, a mailbox poll fails) once with its reason,
 * then at most one line per interval with how many times it happened meanwhile, and one line when it
 * is over: an outage of an hour is a few dozen lines, not a stack trace per attempt.
 */
public final class FaultLog {

    private final Logger log;
    private final Clock clock;
    private final Duration every;
    private final Map<String, Fault> open = new ConcurrentHashMap<>();

    public FaultLog(Logger log, Clock clock, Duration every) {
        this.log = log;
        this.clock = clock;
        this.every = every;
    }

    /** One more occurrence of the fault {@code what} (e.g. "the store cannot be written"). */
    public void fault(String what, String reason) {
        Instant now = clock.instant();
        Fault fault = open.compute(what, (k, f) -> f == null ? new Fault(now) : f.again());
        synchronized (fault) {
            if (fault.total == 1) {
                log.error("{}: {}", what, reason);
                fault.loggedAt = now;
                fault.sinceLogged = 0;
            } else if (!now.isBefore(fault.loggedAt.plus(every))) {
                log.error(
                        "{}: {} more times in the last {} s ({} since {}): {}",
                        what,
                        fault.sinceLogged,
                        Duration.between(fault.loggedAt, now).toSeconds(),
                        fault.total,
                        fault.since,
                        reason);
                fault.loggedAt = now;
                fault.sinceLogged = 0;
            }
        }
    }

    /** The fault {@code what} is over: said once, if it was reported at all. */
    public void recovered(String what) {
        Fault fault = open.remove(what);
        if (fault != null) {
            log.info(
                    "{}: over after {} s ({} times)",
                    what,
                    Duration.between(fault.since, clock.instant()).toSeconds(),
                    fault.total);
        }
    }

    /** True while {@code what} has been reported and not recovered. */
    public boolean failing(String what) {
        return open.containsKey(what);
    }

    /** One line for a person: the error and, when it differs, its innermost cause. */
    public static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = firstLine(error.getMessage());
        String last = firstLine(root.getMessage());
        if (root == error) {
            return error.getClass().getSimpleName() + ": " + first;
        }
        return first.equals(last)
                ? root.getClass().getSimpleName() + ": " + first
                : first + " (" + root.getClass().getSimpleName() + ": " + last + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - 16) : line;
    }

    private static final class Fault {
        final Instant since;
        Instant loggedAt;
        long total = 1;
        long sinceLogged;

        Fault(Instant since) {
            this.since = since;
            this.loggedAt = since;
        }

        Fault again() {
            total++;
            sinceLogged++;
            return this;
        }
    }
}
