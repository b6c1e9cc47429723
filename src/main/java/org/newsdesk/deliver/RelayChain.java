package org.newsdesk.deliver;

import io.micrometer.core.instrument.Metrics;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several SMTP relays in order: each mail goes to the first relay that is not resting. A relay that
 * cannot be reached or answers 421 (closing) rests for {@code rest} and the mail goes to the next one
 * at once, so one relay down does not stop a send. Only when every relay is resting is the mail put
 * off (a retry, never a failure). A relay's verdict on the mail itself (250, 4xx, 5xx) is final.
 */
public final class RelayChain implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RelayChain.class);

    private final List<MailTransport> relays;
    private final List<String> names;
    private final AtomicLongArray restingUntil;
    private final long restNanos;
    private final LongSupplier nanoTime;

    public RelayChain(List<MailTransport> relays, List<String> names, Duration rest, LongSupplier nanoTime) {
        this.relays = List.copyOf(relays);
        this.names = List.copyOf(names);
        this.restingUntil = new AtomicLongArray(relays.size());
        this.restNanos = rest.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public SendResult send(MimeMessage message, String issueId, long subscriberId) {
        SendResult last = null;
        for (int i = 0; i < relays.size(); i++) {
            long now = nanoTime.getAsLong();
            if (restingUntil.get(i) - now > 0 && i < relays.size() - 1) {
                continue;
            }
            SendResult result = relays.get(i).send(message, issueId, subscriberId);
            if (!relayDown(result)) {
                Metrics.counter(
                                "newsdesk.relay.mails",
                                "relay",
                                names.get(i),
                                "result",
                                result.kind().name().toLowerCase())
                        .increment();
                return result;
            }
            if (restingUntil.getAndSet(i, now + restNanos) - now <= 0) {
                LOG.warn(
                        "Relay {} is down ({}); resting it for {} s, next relay takes over",
                        names.get(i),
                        result.reply(),
                        restNanos / 1_000_000_000L);
            }
            Metrics.counter("newsdesk.relay.down", "relay", names.get(i)).increment();
            last = result;
        }
        return last == null ? SendResult.retry("every relay is resting") : last;
    }

    /** No verdict on the mail: the relay could not be reached, or it is closing (421). */
    static boolean relayDown(SendResult result) {
        return result.kind() == SendResult.Kind.RETRY
                && result.reply() != null
                && (result.reply().startsWith("SMTP connection problem")
                        || result.reply().startsWith("421"));
    }

    @Override
    public String describe() {
        return relays.stream().map(MailTransport::describe).collect(Collectors.joining(", then "));
    }

    @Override
    public void close() {
        relays.forEach(MailTransport::close);
    }
}
