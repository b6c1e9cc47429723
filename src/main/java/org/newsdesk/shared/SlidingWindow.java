package org.newsdesk.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per key within a sliding window (subscription requests per client and per address): how
 * many there were, and how long until a limit lets one more through. Keys with no event left in the
 * window are dropped, so a flood of keys cannot grow it without end.
 */
public final class SlidingWindow {

    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindow(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public void record(String key) {
        Deque<Instant> list = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
        if (events.size() > 10_000) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    /** How long until {@code key} is under {@code limit} events in the window; zero when it is now. */
    public Duration waitFor(String key, int limit) {
        Deque<Instant> list = events.get(key);
        if (list == null) {
            return Duration.ZERO;
        }
        synchronized (list) {
            prune(list);
            if (list.size() < limit) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), list.peekFirst().plus(window));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    public void clear(String key) {
        events.remove(key);
    }

    private void prune(Deque<Instant> list) {
        Instant cutoff = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(cutoff)) {
            list.removeFirst();
        }
    }
}
