package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each mail as an {@code .eml} file under {@code outbox/<issue>/}: the whole pipeline runs on a
 * fresh machine with no mail server, and a person can open every mail in a mail client. Files are
 * written to a temporary name and moved into place, so a half-written mail is never left behind.
 */
public class OutboxTransport implements MailTransport {

    private final Path outbox;

    public OutboxTransport(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public SendResult send(MimeMessage message, String issueId, long subscriberId) {
        try {
            Path folder = outbox.resolve(safe(issueId));
            Files.createDirectories(folder);
            String to = message.getAllRecipients()[0].toString();
            String address = to.contains("<") ? to.substring(to.lastIndexOf('<') + 1, to.lastIndexOf('>')) : to;
            Path target = folder.resolve(String.format("%06d-%s.eml", subscriberId, safe(address)));
            Path temp = Files.createTempFile(folder, ".sending-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return SendResult.sent("written to " + outbox.relativize(target));
        } catch (IOException | MessagingException e) {
            return SendResult.retry("outbox not writable: " + e.getMessage());
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9@._-]", "_");
    }

    @Override
    public String describe() {
        return "outbox folder " + outbox;
    }
}
