package org.newsdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.store.SignInFailures;

/**
 * Limits failed sign-ins, per account name and per client address, in a sliding window: after
 * {@code perName} failures for one name (or {@code perAddress} from one address) further attempts are
 * refused until the oldest failure leaves the window. A success clears the name's failures. The
 * failures are counted in the store ({@link SignInFailures}), so several newsdesk processes behind one
 * proxy allow no more attempts than one.
 */
public final class SignInThrottle {

    /** How often, at most, one process deletes failures that have left the window. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    static final int SWEEP_BATCH = 500;

    static final int SWEEP_BATCHES = 20;

    private final SignInFailures failures;
    private final int perName;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    public SignInThrottle(SignInFailures failures, int perName, int perAddress, Duration window, Clock clock) {
        this.failures = failures;
        this.perName = perName;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long until this name may try again from this address; zero when it may now. */
    public Duration wait(String name, String address) {
        Instant now = clock.instant();
        Duration byName = waitFor(nameKey(name), perName, now);
        Duration byAddress = waitFor(addressKey(address), perAddress, now);
        return byName.compareTo(byAddress) > 0 ? byName : byAddress;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        sweep(now);
        failures.record(now, nameKey(name), addressKey(address));
    }

    public void succeeded(String name) {
        failures.clear(nameKey(name));
    }

    /**
     * Until the failure that makes {@code limit} leaves the window: with {@code limit} or more in it,
     * the {@code limit}-th most recent.
     */
    private Duration waitFor(String key, int limit, Instant now) {
        if (limit < 1) {
            return Duration.ZERO;
        }
        Optional<Instant> limiting = failures.nthLatestSince(key, now.minus(window), limit);
        if (limiting.isEmpty()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, limiting.get().plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Failures out of the window are deleted, at most once a minute here and a bounded number at a time. */
    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(SWEEP_EVERY).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (int i = 0; i < SWEEP_BATCHES; i++) {
            if (failures.sweep(now.minus(window), SWEEP_BATCH) < SWEEP_BATCH) {
                return;
            }
        }
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
