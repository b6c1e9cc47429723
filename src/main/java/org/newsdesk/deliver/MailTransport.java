package org.newsdesk.deliver;

import jakarta.mail.internet.MimeMessage;

/** Where composed mails go: SMTP when configured, {@code .eml} files in {@code outbox/} by default. */
public interface MailTransport extends AutoCloseable {

    SendResult send(MimeMessage message, String issueId, long subscriberId);

    /** A short description for logs and health, never with a password. */
    String describe();

    @Override
    default void close() {}
}
