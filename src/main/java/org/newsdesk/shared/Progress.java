package org.newsdesk.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Progress of long work (sending an issue, bulk intake): done of total, rate, time left. Reports at
 * most every {@code every}, and once more at the end.
 */
public final class Progress {

    private final String what;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final long everyNanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());
    private final Consumer<String> sink;

    public Progress(String what, int total, Duration every, Consumer<String> sink) {
        this.what = what;
        this.total = total;
        this.everyNanos = every.toNanos();
        this.sink = sink;
    }

    public void step() {
        int d = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastReport.get();
        if ((now - last >= everyNanos && lastReport.compareAndSet(last, now)) || d == total) {
            sink.accept(line(d, now));
        }
    }

    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    public double ratePerSecond() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    String line(int d, long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 1e-6);
        double rate = d / seconds;
        long left = rate > 0 ? Math.round((total - d) / rate) : -1;
        return String.format(
                "%s: %d/%d (%.0f%%), %.1f/s, %s left",
                what, d, total, total == 0 ? 100.0 : 100.0 * d / total, rate, left < 0 ? "?" : formatSeconds(left));
    }

    private static String formatSeconds(long s) {
        return s >= 3600
                ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
