package org.newsdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins, per account name and per client address, in a sliding window: after
 * {@code perName} failures for one name (or {@code perAddress} from one address) further attempts are
 * refused until the oldest failure leaves the window. A success clears the name's failures.
 */
public final class SignInThrottle {

    private final int perName;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(int perName, int perAddress, Duration window, Clock clock) {
        this.perName = perName;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long until this name may try again from this address; zero when it may now. */
    public Duration wait(String name, String address) {
        Duration byName = wait("name:" + key(name), perName);
        Duration byAddress = wait("address:" + address, perAddress);
        return byName.compareTo(byAddress) > 0 ? byName : byAddress;
    }

    public void failed(String name, String address) {
        add("name:" + key(name));
        add("address:" + address);
    }

    public void succeeded(String name) {
        failures.remove("name:" + key(name));
    }

    private Duration wait(String key, int limit) {
        Deque<Instant> list = failures.get(key);
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

    private void add(String key) {
        Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> list) {
        Instant cutoff = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(cutoff)) {
            list.removeFirst();
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
