package org.newsdesk.deliver;

import io.micrometer.core.instrument.Metrics;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.store.BounceLog;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on a returned mail from the bounce mailbox: ties it to a subscriber, keeps it with its report,
 * and marks the address bounced at once for a hard bounce, or after {@code softLimit} soft bounces in
 * {@code softWindow}. A bounce is tied to a subscriber by the signed VERP token it came back to, or by
 * our Message-ID together with the same address; by the address alone only when it is a known
 * subscriber's. Automatic replies and reports that say nothing usable are kept and change nothing.
 */
public class Bounces {

    private static final Logger LOG = LoggerFactory.getLogger(Bounces.class);

    private final BounceReader reader;
    private final VerpTokens verp;
    private final SubscriberStore subscribers;
    private final BounceLog log;
    private final int softLimit;
    private final Duration softWindow;
    private final Clock clock;

    public Bounces(
            BounceReader reader,
            VerpTokens verp,
            SubscriberStore subscribers,
            BounceLog log,
            int softLimit,
            Duration softWindow,
            Clock clock) {
        this.reader = reader;
        this.verp = verp;
        this.subscribers = subscribers;
        this.log = log;
        this.softLimit = softLimit;
        this.softWindow = softWindow;
        this.clock = clock;
    }

    /** The route's step: the mail as it was fetched, read from its raw bytes. */
    public BounceReader.Kind handle(Exchange exchange) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        exchange.getIn(MailMessage.class).getMessage().writeTo(raw);
        return handle(raw.toByteArray());
    }

    public BounceReader.Kind handle(byte[] raw) {
        BounceReader.Bounce b = reader.read(raw);
        List<Subscriber> tied = tie(b);
        Instant now = clock.instant();
        String kind = b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (tied.isEmpty()) {
            log.record(new BounceLog.Entry(now, kind, b.recipient(), b.status(), b.issue(), null, b.evidence(), raw));
        }
        for (Subscriber s : tied) {
            log.record(new BounceLog.Entry(now, kind, b.recipient(), b.status(), b.issue(), s.id(), b.evidence(), raw));
            if (!s.active()) {
                continue;
            }
            boolean bounce = b.kind() == BounceReader.Kind.HARD
                    || b.kind() == BounceReader.Kind.SOFT
                            && log.count(s.id(), "soft", now.minus(softWindow)) >= softLimit;
            if (bounce) {
                subscribers.setStatus(s.id(), "bounced");
                LOG.info(
                        "Subscriber {} of {} bounced ({} {}): later issues skip the address",
                        s.id(),
                        s.publication(),
                        kind,
                        b.status());
            }
        }
        Metrics.counter("newsdesk.bounces", "kind", kind).increment();
        LOG.info("Bounce read: {} {} for {} ({} subscriber(s) tied)", kind, b.status(), b.recipient(), tied.size());
        return b.kind();
    }

    /** The subscribers a bounce is about, by the strongest clue it carries. */
    List<Subscriber> tie(BounceReader.Bounce b) {
        if (b.kind() == BounceReader.Kind.AUTO_REPLY || b.kind() == BounceReader.Kind.UNKNOWN) {
            return List.of();
        }
        Optional<VerpTokens.Sent> signed = Optional.ofNullable(b.verpToken()).flatMap(verp::verify);
        if (signed.isPresent()) {
            return subscribers.find(signed.get().subscriber()).map(List::of).orElse(List.of());
        }
        if (b.subscriber() != null && b.recipient() != null) {
            Optional<Subscriber> byId = subscribers.find(b.subscriber());
            if (byId.isPresent() && byId.get().address().equalsIgnoreCase(b.recipient())) {
                return List.of(byId.get());
            }
        }
        // the address alone: a hard failure of an address is a failure in every list it is on
        return b.recipient() == null ? List.of() : subscribers.byAddress(b.recipient());
    }
}
