package org.newsdesk.deliver;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.domain.MailEnvelope;
import org.newsdesk.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reply a sender gets when a mail's notes cannot be read: which note, what was wrong, what to do;
 * and, where a route asks for it, a report of any refused note to another address.
 * Every header of the reply is set here from fixed text or checked addresses; nothing from the incoming
 * mail's headers is copied, so a crafted subject can never add a recipient or a header.
 */
public class MailReplies {

    public static final String SUBJECT = "newsdesk could not read your notes";
    public static final String REPORT_SUBJECT = "newsdesk refused a note";

    private static final Logger LOG = LoggerFactory.getLogger(MailReplies.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

    private final MailTransport transport;
    private final String from;
    private final String failedFolder;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final AtomicLong sequence;

    public MailReplies(MailTransport transport, String from, String failedFolder, Clock clock) {
        this.transport = transport;
        this.from = from;
        this.failedFolder = failedFolder;
        this.clock = clock;
        // numbers the reply files in the outbox; the clock keeps them apart across restarts
        this.sequence = new AtomicLong(clock.millis());
    }

    /** Logs the refusal and answers the sender once; a failure to answer is logged, never thrown. */
    public void reply(Throwable error, MailEnvelope mail) {
        Problem problem = Problem.of(error);
        if (mail == null) {
            LOG.error(
                    "A mail could not be read before its sender was known ({}): {}",
                    problem.code(),
                    problem.message(),
                    error);
            return;
        }
        if ("internal-error".equals(problem.code())) {
            LOG.error("Mail {} could not be processed; kept in the {} folder", mail.messageId(), failedFolder, error);
        } else {
            LOG.warn("Mail {} refused ({}): {}", mail.messageId(), problem.code(), problem.message());
        }
        if (mail.sender() == null || mail.automatic() || mail.sender().equalsIgnoreCase(from)) {
            LOG.info(
                    "No reply for mail {}: {}",
                    mail.messageId(),
                    mail.sender() == null
                            ? "no sender address"
                            : mail.automatic() ? "it was sent by a program" : "it came from newsdesk itself");
            return;
        }
        try {
            SendResult result = transport.send(compose(problem, mail), "replies", sequence.incrementAndGet());
            if (result.kind() == SendResult.Kind.SENT) {
                LOG.info("Told {} why mail {} could not be read ({})", mail.sender(), mail.messageId(), result.reply());
            } else {
                LOG.warn(
                        "Could not tell {} why mail {} could not be read: {}",
                        mail.sender(),
                        mail.messageId(),
                        result.reply());
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Could not tell {} why mail {} could not be read", mail.sender(), mail.messageId(), e);
        }
    }

    /**
     * Tells another address (the desk's, an operator's) that a note was refused and why, with the
     * sentence the officer reads; for notes from the inbox folder and the mailbox alike. A failure to
     * send is logged, never thrown.
     */
    public void report(Throwable error, String note, String to) {
        Problem problem = Problem.of(error);
        try {
            MimeMessage report = message();
            report.setFrom(new InternetAddress(from, true));
            report.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            report.setSubject(REPORT_SUBJECT, "UTF-8");
            report.setSentDate(Date.from(clock.instant()));
            report.setHeader("Auto-Submitted", "auto-generated");
            report.setText(reportBody(problem, note), "UTF-8");
            report.saveChanges();
            SendResult result = transport.send(report, "refusals", sequence.incrementAndGet());
            if (result.kind() == SendResult.Kind.SENT) {
                LOG.info("Told {} that note {} was refused ({})", to, note, result.reply());
            } else {
                LOG.warn("Could not tell {} that note {} was refused: {}", to, note, result.reply());
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Could not tell {} that note {} was refused", to, note, e);
        }
    }

    String reportBody(Problem problem, String note) {
        String name = note == null || note.isBlank() ? "(no name)" : note;
        return "newsdesk refused the note \"" + name + "\" ("
                + WHEN.format(clock.instant().atZone(ZoneId.systemDefault())) + ").\n\n"
                + "What was wrong: " + problem.message() + "\n\n"
                + "The note is kept: a file from the inbox folder in failed/, a mail in the mailbox folder \""
                + failedFolder + "\".\n\n"
                + "(reason code: " + problem.code() + ")\n";
    }

    /** A message whose Message-ID is in the sender's own domain (JavaMail's default names the local host). */
    private MimeMessage message() {
        String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + java.util.UUID.randomUUID() + ".reply@" + domain + ">");
            }
        };
    }

    MimeMessage compose(Problem problem, MailEnvelope mail) throws MessagingException {
        MimeMessage reply = message();
        reply.setFrom(new InternetAddress(from, true));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.sender(), true));
        reply.setSubject(SUBJECT, "UTF-8");
        reply.setSentDate(Date.from(clock.instant()));
        // RFC 3834: marks the reply as automatic so the sender's auto-responder does not answer it
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setText(body(problem, mail), "UTF-8");
        reply.saveChanges();
        return reply;
    }

    String body(Problem problem, MailEnvelope mail) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
        return "Hello,\n\n"
                + "newsdesk could not read the notes in your mail \"" + subject + "\" ("
                + WHEN.format(clock.instant().atZone(ZoneId.systemDefault()))
                + ").\n\n"
                + "What was wrong: " + problem.message() + "\n\n"
                + "Your mail is kept in the mailbox folder \"" + failedFolder
                + "\". Fix the note as described and send the mail"
                + " again; notes from it that were read already are not added twice.\n\n"
                + "(reason code: " + problem.code() + ")\n";
    }
}
