package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.render.RenderedIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails a copy of an issue, PDF attached, to an address that is not on the subscriber list (an archive
 * mailbox), through the same mail settings as the issue itself: SMTP, or the outbox folder
 * ({@code outbox/copies/}). Not in the delivery ledger: each call sends one mail.
 */
public class IssueCopies {

    private static final Logger LOG = LoggerFactory.getLogger(IssueCopies.class);

    private final NewsletterMail mail;
    private final PublicationProfiles profiles;
    private final MailTransport transport;
    // numbers the copies in the outbox; the clock keeps them apart across restarts
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis());

    public IssueCopies(NewsletterMail mail, PublicationProfiles profiles, MailTransport transport) {
        this.mail = mail;
        this.profiles = profiles;
        this.transport = transport;
    }

    /** Sends the copy; a copy the server does not accept is an error (logged by the route), not tried again. */
    public SendResult send(RenderedIssue issue, String address) throws MessagingException {
        SendResult result = transport.send(
                mail.copy(issue, profiles.get(issue.issue().publication()), address),
                "copies",
                sequence.incrementAndGet());
        if (result.kind() != SendResult.Kind.SENT) {
            throw new IllegalStateException(
                    "The copy of issue " + issue.issue().id() + " to " + address + " was not sent: " + result.reply());
        }
        LOG.info("Copy of issue {} sent to {} ({})", issue.issue().id(), address, result.reply());
        return result;
    }
}
