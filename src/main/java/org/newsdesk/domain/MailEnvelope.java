package org.newsdesk.domain;

/**
 * What the mailbox route needs to know about a mail before reading its notes: which mail it is and
 * whom to tell when it cannot be read. Every value is single-line and free of control characters.
 *
 * @param messageId  the Message-ID, or a fingerprint of the headers when the mail has none
 * @param sender     the address a reply goes to (Reply-To, else From), or null when there is none usable
 * @param automatic  sent by a program (auto-reply, bounce): never answered, or two robots would talk forever
 * @param subject    the decoded subject, for the log and the body of a reply (never a header)
 * @param name       the mail's name as a note ({@code <subject>.eml})
 */
public record MailEnvelope(String messageId, String sender, boolean automatic, String subject, String name) {}
