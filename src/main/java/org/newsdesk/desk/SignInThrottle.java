package org.newsdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.newsdesk.shared.SlidingWindow;

/**
 * Limits failed sign-ins, per account name and per client address, in a sliding window: after
 * {@code perName} failures for one name (or {@code perAddress} from one address) further attempts are
 * refused until the oldest failure leaves the window. A success clears the name's failures.
 */
public final class SignInThrottle {

    private final int perName;
    private final int perAddress;
    private final SlidingWindow failures;

    public SignInThrottle(int perName, int perAddress, Duration window, Clock clock) {
        this.perName = perName;
        this.perAddress = perAddress;
        this.failures = new SlidingWindow(window, clock);
    }

    /** How long until this name may try again from this address; zero when it may now. */
    public Duration wait(String name, String address) {
        Duration byName = failures.waitFor("name:" + key(name), perName);
        Duration byAddress = failures.waitFor("address:" + address, perAddress);
        return byName.compareTo(byAddress) > 0 ? byName : byAddress;
    }

    public void failed(String name, String address) {
        failures.record("name:" + key(name));
        failures.record("address:" + address);
    }

    public void succeeded(String name) {
        failures.clear("name:" + key(name));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
