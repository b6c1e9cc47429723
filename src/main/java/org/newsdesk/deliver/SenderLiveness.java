package org.newsdesk.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Tells whether the sender that claimed a ledger row is gone, so its row can be marked uncertain.
 * On this host the process table answers at once; a sender on another host (several instances on
 * one PostgreSQL) counts as gone only when its row has not changed for {@code staleAfter}, which must
 * be longer than the SMTP timeout.
 */
public final class SenderLiveness {

    private final SenderId self;
    private final Duration staleAfter;
    private final Clock clock;
    private final LongFunction<Optional<Instant>> processStart;

    public SenderLiveness(
            SenderId self, Duration staleAfter, Clock clock, LongFunction<Optional<Instant>> processStart) {
        this.self = self;
        this.staleAfter = staleAfter;
        this.clock = clock;
        this.processStart = processStart;
    }

    /** Asks the operating system about processes on this host. */
    public static SenderLiveness ofThisHost(SenderId self, Duration staleAfter) {
        return new SenderLiveness(
                self,
                staleAfter,
                Clock.systemUTC(),
                pid -> ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()));
    }

    public boolean gone(String claimedBy, Instant rowUpdatedAt) {
        if (self.toString().equals(claimedBy)) {
            return false;
        }
        Optional<SenderId> sender = SenderId.parse(claimedBy);
        if (sender.isPresent() && sender.get().host().equals(self.host())) {
            Optional<Instant> started = processStart.apply(sender.get().pid());
            // same pid but a different start: the pid was handed to a new process
            return started.isEmpty()
                    || started.get().toEpochMilli() != sender.get().startedMillis();
        }
        return rowUpdatedAt.plus(staleAfter).isBefore(clock.instant());
    }
}
