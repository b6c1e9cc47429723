package org.newsdesk.intake;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.newsdesk.domain.MailEnvelope;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.read.MailText;
import org.newsdesk.shared.MailHeaders;
import org.newsdesk.shared.SafeNames;
import org.newsdesk.shared.Sha256;

/**
 * Mails taken from the mailbox: the envelope (identity and sender) read from the headers alone, then the
 * whole mail as the bytes of one {@code .eml} note, which {@link MailText} splits into its notes.
 */
public class MailboxMails {

    /** Base64 makes an attachment a third larger, and a mail may carry a cover text and a few parts. */
    private static final int MAIL_OVERHEAD_FACTOR = 2;

    private final ReadLimits limits;
    private final Clock clock;
    private final MailboxAddresses addresses;

    public MailboxMails(ReadLimits limits, Clock clock, MailboxAddresses addresses) {
        this.limits = limits;
        this.clock = clock;
        this.addresses = addresses;
    }

    public MailboxMails(ReadLimits limits, Clock clock) {
        this(limits, clock, MailboxAddresses.none());
    }

    public MailEnvelope envelope(Exchange exchange) {
        return envelopeOf(original(exchange));
    }

    public NoteFile load(Exchange exchange) {
        return loadFrom(original(exchange));
    }

    private static Message original(Exchange exchange) {
        MailMessage in = exchange.getIn(MailMessage.class);
        if (in == null || in.getOriginalMessage() == null) {
            throw new IllegalStateException("The mailbox route received something that is not a mail");
        }
        return in.getOriginalMessage();
    }

    /** Never fails on a broken header: a mail that cannot be read still deserves a reply saying so. */
    public MailEnvelope envelopeOf(Message mail) {
        String subject = header(mail, "Subject");
        String decodedSubject = subject == null ? "" : MailHeaders.decode(subject);
        String messageId = oneLine(header(mail, "Message-ID"));
        if (messageId == null || messageId.isEmpty()) {
            messageId = "no-message-id:" + Sha256.hex(allHeaders(mail));
        }
        if (messageId.length() > 300) {
            messageId = "long-message-id:" + Sha256.hex(messageId);
        }
        String name = decodedSubject.isBlank()
                ? "mail.eml"
                : SafeNames.displayName(decodedSubject.length() > 80 ? decodedSubject.substring(0, 80) : decodedSubject)
                        + ".eml";
        return new MailEnvelope(messageId, sender(mail), automatic(mail), decodedSubject, name);
    }

    /** The raw mail, refused from its size on the server before it is fetched when it is far too large. */
    public NoteFile loadFrom(Message mail) {
        MailEnvelope envelope = envelopeOf(mail);
        long max = limits.maxNoteBytes() * MAIL_OVERHEAD_FACTOR;
        try {
            if (mail.getSize() > max) {
                throw tooLarge(envelope, max);
            }
            BoundedBytes out = new BoundedBytes(max);
            mail.writeTo(out);
            if (out.over) {
                throw tooLarge(envelope, max);
            }
            Instant received = mail.getReceivedDate() == null
                    ? Instant.now(clock)
                    : mail.getReceivedDate().toInstant();
            return new NoteFile(envelope.name(), out.toByteArray(), addresses.publicationOf(mail), received, "mailbox");
        } catch (MessagingException | IOException e) {
            throw new NoteRejectedException(
                    "malformed-mime",
                    "The mail \"" + envelope.name()
                            + "\" could not be taken from the mailbox (its structure is broken); forward the notes again or attach them as files.");
        }
    }

    private static NoteRejectedException tooLarge(MailEnvelope envelope, long max) {
        return new NoteRejectedException(
                "too-large",
                "The mail \"" + envelope.name() + "\" is over the limit of " + (max / 1024)
                        + " kB; send the notes in several smaller mails.");
    }

    private static String sender(Message mail) {
        try {
            Address[] replyTo = mail.getReplyTo();
            if (replyTo == null || replyTo.length == 0) {
                replyTo = mail.getFrom();
            }
            if (replyTo == null) {
                return null;
            }
            for (Address a : replyTo) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                    String address = oneLine(ia.getAddress());
                    new InternetAddress(address, true).validate();
                    return address;
                }
            }
            return null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean automatic(Message mail) {
        String auto = header(mail, "Auto-Submitted");
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = header(mail, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list")) {
            return true;
        }
        String from = sender(mail);
        return from != null && from.toLowerCase(Locale.ROOT).matches("(mailer-daemon|postmaster)@.*");
    }

    private static String header(Message mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String allHeaders(Message mail) {
        StringBuilder out = new StringBuilder();
        try {
            Enumeration<jakarta.mail.Header> all = mail.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header h = all.nextElement();
                out.append(h.getName()).append(':').append(h.getValue()).append('\n');
            }
        } catch (MessagingException | RuntimeException e) {
            // an unreadable header block still has to be told apart from the next one
            out.append(Instant.now());
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> c >= 0x20 && c != 0x7F && c != 0x2028 && c != 0x2029 && c != 0x85)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** Keeps at most {@code max} bytes and remembers that more came, so a huge mail cannot fill the heap. */
    private static final class BoundedBytes extends ByteArrayOutputStream {

        private final long max;
        private boolean over;

        BoundedBytes(long max) {
            this.max = max;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count + (long) len > max) {
                over = true;
                return;
            }
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            if (count + 1L > max) {
                over = true;
                return;
            }
            super.write(b);
        }
    }
}
