package org.newsdesk.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the mails a server put off or refused, with its reply, once per issue, outcome and kind of reply
 * ({@link ReplyKind}) per minute: a storm of 4xx replies is a line a minute saying how many more came,
 * not a line per mail. Every reply stays in the ledger ({@code ./newsdesk status ISSUE} groups them).
 */
public final class RefusalLog {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(Instant start, int suppressed) {}

    private final Clock clock;
    private final Consumer<String> sink;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RefusalLog(Clock clock) {
        this(clock, LOG::warn);
    }

    RefusalLog(Clock clock, Consumer<String> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /** A mail of {@code issueId} the server put off (RETRY) or refused (FAILED), with its reply. */
    public void record(String issueId, SendResult.Kind outcome, String reply) {
        if (outcome == SendResult.Kind.SENT) {
            return;
        }
        String kind = ReplyKind.of(reply);
        String key = issueId + '\u0000' + outcome + '\u0000' + kind;
        Instant now = clock.instant();
        int[] before = {-1};
        windows.compute(key, (k, w) -> {
            if (w == null || !now.isBefore(w.start().plus(WINDOW))) {
                before[0] = w == null ? 0 : w.suppressed();
                return new Window(now, 0);
            }
            return new Window(w.start(), w.suppressed() + 1);
        });
        if (before[0] < 0) {
            return;
        }
        sink.accept("Issue " + issueId + ": "
                + (outcome == SendResult.Kind.RETRY
                        ? "mails deferred by the server (tried again later)"
                        : "mails refused by the server (not tried again)")
                + ", reply " + kind + ": " + oneLine(reply)
                + (before[0] > 0 ? " (" + before[0] + " more of this kind in the minute before)" : "")
                + "; further ones this minute are counted, not logged: ./newsdesk status " + issueId);
        if (windows.size() > 1_000) {
            Instant old = now.minus(WINDOW.multipliedBy(10));
            windows.values().removeIf(w -> w.start().isBefore(old));
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + " …" : line;
    }
}
