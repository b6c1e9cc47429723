package org.newsdesk.deliver;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.shared.Progress;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeliveryLedger.Claimed;
import org.newsdesk.store.DeliveryLedger.Delivery;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an issue to its subscribers through the ledger: plan one row per active subscriber, then for
 * each due row claim it, compose, send, and record what the server said. A row is claimed before its
 * mail leaves, so a subscriber is mailed at most once per issue, even with several senders. Rows a dead
 * sender left in flight become uncertain; pending rows (first tries and 4xx retries) are picked up again
 * by {@link #resumable()}, which the resume timer route calls.
 */
public class DeliveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    /**
     * How the service is tuned; see {@code newsdesk.deliver.*} in application.properties.
     *
     * @param unplannedAfter an issue with no ledger rows this long after it was made was interrupted
     *                       before its deliveries were planned (making, rendering and planning take seconds)
     * @param unplannedWithin how far back such issues are looked for
     */
    public record Options(
            Duration retryAfter,
            Duration maxRetryAfter,
            Duration progressEvery,
            Duration unplannedAfter,
            Duration unplannedWithin,
            boolean sendInFlightAgain) {}

    private final DeliveryLedger ledger;
    private final SubscriberStore subscribers;
    private final PublicationProfiles profiles;
    private final ArchivedIssues archived;
    private final NewsletterMail mail;
    private final MailTransport transport;
    private final SendRateLimits limits;
    private final SenderLiveness liveness;
    private final DeliveryMetrics metrics;
    private final RefusalLog refusals;
    private final Options options;
    private final String claimer;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    /** Send passes of this process under way, per issue: the resume timer leaves those issues alone. */
    private final Map<String, Integer> passes = new ConcurrentHashMap<>();

    public DeliveryService(
            DeliveryLedger ledger,
            SubscriberStore subscribers,
            PublicationProfiles profiles,
            ArchivedIssues archived,
            NewsletterMail mail,
            MailTransport transport,
            SendRateLimits limits,
            SenderLiveness liveness,
            DeliveryMetrics metrics,
            RefusalLog refusals,
            Options options,
            SenderId claimer) {
        this.ledger = ledger;
        this.subscribers = subscribers;
        this.profiles = profiles;
        this.archived = archived;
        this.mail = mail;
        this.transport = transport;
        this.limits = limits;
        this.liveness = liveness;
        this.metrics = metrics;
        this.refusals = refusals;
        this.options = options;
        this.claimer = claimer.toString();
    }

    /** Adds the issue's ledger rows (one per active subscriber not yet in it); returns the issue for the send pass. */
    public RenderedIssue plan(RenderedIssue rendered) {
        String issueId = rendered.issue().id();
        int added = ledger.plan(issueId, rendered.issue().publication());
        LOG.info("Issue {}: {} subscribers added to the ledger", issueId, added);
        return rendered;
    }

    /**
     * Starts a send pass (ended by {@link #report}): the rows due now, read a page at a time as the
     * pass reaches them.
     */
    public Iterator<Delivery> due(RenderedIssue rendered) {
        String issueId = rendered.issue().id();
        int due = ledger.countDue(issueId);
        passes.merge(issueId, 1, Integer::sum);
        if (due > 0) {
            LOG.info("Issue {}: {} mails to send via {}", issueId, due, transport.describe());
        }
        progress.putIfAbsent(issueId, new Progress("Sending " + issueId, due, options.progressEvery(), LOG::info));
        metrics.addRemaining(due);
        return new DuePages(ledger, issueId, PAGE_SIZE);
    }

    /** Rows read from the ledger at a time by a send pass: enough to keep every connection busy. */
    static final int PAGE_SIZE = 500;

    /**
     * Sends one mail if the ledger row can still be claimed; returns what happened, or null when there
     * was nothing to do (another sender has the row, or a rate limit put it off). Never throws: every
     * outcome is in the ledger.
     */
    public SendResult send(Delivery delivery, RenderedIssue rendered) {
        Progress p = progress.get(delivery.issueId());
        try {
            return sendOne(delivery, rendered);
        } catch (RuntimeException e) {
            // the database or a bug, not the server: the row stays as it is (pending is tried again later)
            LOG.error(
                    "Issue {}: mail to subscriber {} not sent: {}",
                    delivery.issueId(),
                    delivery.subscriberId(),
                    e.toString());
            return null;
        } finally {
            metrics.addRemaining(-1);
            if (p != null) {
                p.step();
            }
        }
    }

    private SendResult sendOne(Delivery delivery, RenderedIssue rendered) {
        Optional<Subscriber> subscriber = subscribers.find(delivery.subscriberId());
        if (subscriber.isPresent() && subscriber.get().active()) {
            SendRateLimits.Reservation slot = limits.reserve(subscriber.get().address());
            if (!slot.granted()) {
                ledger.defer(delivery, Instant.now().plus(slot.delay()));
                metrics.deferred();
                return null;
            }
            pause(slot.delay());
        }
        if (!ledger.claim(delivery, claimer)) {
            return null;
        }
        if (subscriber.isEmpty() || !subscriber.get().active()) {
            // unsubscribed (or bounced) after the issue was planned: honoured at once
            ledger.markFailed(
                    delivery,
                    "not sent: the subscriber is "
                            + subscriber.map(Subscriber::status).orElse("gone"));
            metrics.sent(SendResult.Kind.FAILED);
            return SendResult.failed("inactive");
        }
        MimeMessage message;
        String messageId;
        try {
            Publication publication = profiles.get(rendered.issue().publication());
            message = mail.compose(rendered, publication, subscriber.get());
            messageId = message.getMessageID();
        } catch (Exception e) {
            ledger.markFailed(delivery, "not sent: the mail could not be composed: " + e.getMessage());
            LOG.warn(
                    "Issue {}: mail to subscriber {} could not be composed: {}",
                    delivery.issueId(),
                    delivery.subscriberId(),
                    e.toString());
            metrics.sent(SendResult.Kind.FAILED);
            return SendResult.failed(e.getMessage());
        }
        SendResult result = transport.send(message, delivery.issueId(), delivery.subscriberId());
        switch (result.kind()) {
            case SENT -> ledger.markSent(delivery, messageId, result.reply());
            case RETRY -> {
                Instant next = Instant.now()
                        .plus(backoff(ledger.row(delivery.issueId(), delivery.subscriberId())
                                .map(DeliveryLedger.Row::attempts)
                                .orElse(1)));
                ledger.retryLater(delivery, result.reply(), next);
                LOG.debug(
                        "Issue {}: mail to subscriber {} put off until {}: {}",
                        delivery.issueId(),
                        delivery.subscriberId(),
                        next,
                        result.reply());
            }
            case FAILED -> {
                ledger.markFailed(delivery, result.reply());
                if (SendResult.mailboxGone(result.reply())) {
                    // the address does not exist: later issues skip it (a person can set it active again)
                    subscribers.setStatus(delivery.subscriberId(), "bounced");
                }
            }
        }
        metrics.sent(result.kind());
        if (result.kind() != SendResult.Kind.SENT) {
            // with the server's reply, once per kind of reply a minute; every reply is in the ledger
            refusals.record(delivery.issueId(), result.kind(), result.reply());
            metrics.refused(result.kind(), ReplyKind.reason(result.reply()));
        }
        return result;
    }

    /** Exponential back-off for temporary refusals: retry-after, doubled per attempt, capped. */
    Duration backoff(int attempts) {
        Duration wait = options.retryAfter();
        for (int i = 1; i < attempts && wait.compareTo(options.maxRetryAfter()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : wait;
    }

    private static void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends a send pass: logs the ledger counts of the issue and returns them. */
    public Map<String, Integer> report(String issueId) {
        if (passes.computeIfPresent(issueId, (id, n) -> n > 1 ? n - 1 : null) == null) {
            progress.remove(issueId);
        }
        Map<String, Integer> counts = ledger.counts(issueId);
        LOG.info("Issue {} deliveries: {}", issueId, counts);
        return counts;
    }

    /**
     * What the resume timer sends: first, rows left in flight by senders that are gone become
     * uncertain, and issues made but never planned (the service stopped in between) are planned;
     * then every issue with rows due now (never sent after a crash, or refused for now and due
     * again), reloaded from the archive.
     */
    public List<RenderedIssue> resumable() {
        Instant now = Instant.now();
        for (DeliveryLedger.Unplanned issue :
                ledger.unplanned(now.minus(options.unplannedWithin()), now.minus(options.unplannedAfter()))) {
            // rendered (again, if it never reached the archive) below, with the other issues due
            int added = ledger.planAsOf(issue);
            if (added > 0) {
                LOG.warn(
                        "Issue {} was made at {} but its mails were never planned (the service stopped): {} subscribers planned",
                        issue.issueId(),
                        issue.createdAt(),
                        added);
            }
        }
        for (Claimed row : ledger.inFlight()) {
            if (liveness.gone(row.claimedBy(), row.updatedAt()) && ledger.markUncertain(row)) {
                boolean again = options.sendInFlightAgain() && ledger.sendAgain(row.delivery());
                LOG.warn(
                        "Issue {}: the mail to subscriber {} was in flight when its sender {} stopped; marked uncertain{}",
                        row.delivery().issueId(),
                        row.delivery().subscriberId(),
                        row.claimedBy(),
                        again ? " and sent again (it may arrive twice)" : "; ./newsdesk resend sends it again");
            }
        }
        List<RenderedIssue> list = new ArrayList<>();
        for (String issueId : ledger.issuesWithDueRows()) {
            if (passes.containsKey(issueId)) {
                continue;
            }
            rendered(issueId)
                    .ifPresentOrElse(
                            list::add,
                            () -> LOG.error(
                                    "Issue {} has mails to send but its rendering is not in the archive; they wait",
                                    issueId));
        }
        return list;
    }

    /** "Resend to those not reached": pending, failed and uncertain rows of active subscribers are due again. */
    public Optional<RenderedIssue> resend(String issueId) {
        Optional<RenderedIssue> rendered = rendered(issueId);
        if (rendered.isPresent()) {
            int rows = ledger.resend(issueId);
            LOG.info("Issue {}: {} mails to send again", issueId, rows);
        }
        return rendered;
    }

    private Optional<RenderedIssue> rendered(String issueId) {
        return archived.rendered(issueId);
    }
}
