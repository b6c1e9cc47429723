package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeliveryLedger.Delivery;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an issue to its subscribers through the ledger: plan one row per active subscriber, then for
 * each row claim it, compose, send, and record what the server said. A row is claimed before its mail
 * leaves, so a subscriber is mailed at most once per issue, even with several senders.
 */
public class DeliveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    private final DeliveryLedger ledger;
    private final SubscriberStore subscribers;
    private final PublicationProfiles profiles;
    private final NewsletterMail mail;
    private final MailTransport transport;
    private final Duration retryAfter;
    private final String claimer;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    public DeliveryService(DeliveryLedger ledger, SubscriberStore subscribers, PublicationProfiles profiles, NewsletterMail mail,
                           MailTransport transport, Duration retryAfter, String claimer) {
        this.ledger = ledger;
        this.subscribers = subscribers;
        this.profiles = profiles;
        this.mail = mail;
        this.transport = transport;
        this.retryAfter = retryAfter;
        this.claimer = claimer;
    }

    /** Adds the issue's ledger rows and returns the deliveries due now. */
    public List<Delivery> plan(RenderedIssue rendered) {
        String issueId = rendered.issue().id();
        int added = ledger.plan(issueId, rendered.issue().publication());
        List<Delivery> due = ledger.due(issueId, Integer.MAX_VALUE);
        LOG.info("Issue {}: {} subscribers added to the ledger, {} mails to send via {}", issueId, added, due.size(), transport.describe());
        progress.put(issueId, new Progress("Sending " + issueId, due.size(), Duration.ofSeconds(5), LOG::info));
        return due;
    }

    /** Sends one mail, if the ledger row can still be claimed. */
    public SendResult send(Delivery delivery, RenderedIssue rendered) throws MessagingException {
        if (!ledger.claim(delivery, claimer)) {
            return null;
        }
        Optional<Subscriber> subscriber = subscribers.find(delivery.subscriberId());
        if (subscriber.isEmpty() || !subscriber.get().active()) {
            ledger.markFailed(delivery, "not sent: the subscriber is no longer active");
            return SendResult.failed("inactive");
        }
        Publication publication = profiles.get(rendered.issue().publication());
        MimeMessage message = mail.compose(rendered, publication, subscriber.get());
        SendResult result = transport.send(message, delivery.issueId(), delivery.subscriberId());
        switch (result.kind()) {
            case SENT -> ledger.markSent(delivery, message.getMessageID(), result.reply());
            case RETRY -> ledger.retryLater(delivery, result.reply(), Instant.now().plus(retryAfter));
            case FAILED -> {
                ledger.markFailed(delivery, result.reply());
                LOG.warn("Issue {}: mail to subscriber {} refused: {}", delivery.issueId(), delivery.subscriberId(), result.reply());
            }
        }
        Progress p = progress.get(delivery.issueId());
        if (p != null) {
            p.step();
        }
        return result;
    }

    /** Logs the ledger counts of an issue after a send pass; returns them. */
    public Map<String, Integer> report(String issueId) {
        Map<String, Integer> counts = ledger.counts(issueId);
        LOG.info("Issue {} deliveries: {}", issueId, counts);
        return counts;
    }
}
