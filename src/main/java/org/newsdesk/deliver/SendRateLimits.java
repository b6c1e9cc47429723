package org.newsdesk.deliver;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The sending rate limits from the settings: at most {@code perSecond} mails per second overall
 * (evenly spaced, so a burst never hits the server at once), and at most {@code perDomain} mails to
 * one recipient domain in any sliding {@code window} (large providers throttle per sender and
 * domain). Zero turns a limit off.
 */
public final class SendRateLimits {

    private final long intervalNanos;
    private final int perDomain;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> recentByDomain = new HashMap<>();
    private long nextSlot;

    public SendRateLimits(double perSecond, int perDomain, Duration window, LongSupplier nanoTime) {
        this.intervalNanos = perSecond <= 0 ? 0 : Math.round(1e9 / perSecond);
        this.perDomain = perDomain;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.nextSlot = nanoTime.getAsLong();
    }

    public static SendRateLimits unlimited() {
        return new SendRateLimits(0, 0, Duration.ofMinutes(1), System::nanoTime);
    }

    /**
     * Reserves a send to {@code address}. Returns how long the caller must wait first: zero or a
     * short pause for the overall rate (the slot is reserved), or, when the domain's window is full,
     * the time until it has room again (nothing reserved: the caller puts the mail off).
     */
    public synchronized Reservation reserve(String address) {
        long now = nanoTime.getAsLong();
        if (perDomain > 0) {
            Deque<Long> recent = recentByDomain.computeIfAbsent(domainOf(address), d -> new ArrayDeque<>());
            while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
                recent.pollFirst();
            }
            if (recent.size() >= perDomain) {
                return new Reservation(false, Duration.ofNanos(recent.peekFirst() + windowNanos - now));
            }
            recent.addLast(now);
        }
        if (intervalNanos == 0) {
            return new Reservation(true, Duration.ZERO);
        }
        long slot = Math.max(nextSlot, now);
        nextSlot = slot + intervalNanos;
        return new Reservation(true, Duration.ofNanos(slot - now));
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(at + 1)).toLowerCase(Locale.ROOT);
    }

    /**
     * @param granted true: send after {@code delay}; false: the domain is at its limit, try again after {@code delay}
     */
    public record Reservation(boolean granted, Duration delay) {}
}
