package org.newsdesk.read;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.shared.MailHeaders;
import org.newsdesk.shared.SafeNames;
import org.newsdesk.shared.Sha256;

/**
 * A mailed note (a .eml file or a message from the mailbox), parsed with Jakarta Mail. When the mail
 * carries notes as attachments, each attachment is a note and the cover text is not; otherwise the
 * body is the note (text/plain preferred, HTML-only bodies read as text).
 */
public final class MailText {

    private static final Session SESSION = quietSession();

    private final NoteReader reader;
    private final ReadLimits limits;
    private final TextDecoder decoder = new TextDecoder();

    MailText(NoteReader reader, ReadLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    private static Session quietSession() {
        Properties props = new Properties();
        props.setProperty("mail.mime.decodefilename", "true");
        props.setProperty("mail.mime.decodeparameters", "true");
        props.setProperty("mail.mime.address.strict", "false");
        return Session.getInstance(props);
    }

    public static MimeMessage parse(byte[] bytes) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    }

    /** Forwarded mails inside forwarded mails: a few levels are real, hundreds are an attack on the stack. */
    private static final int MAX_FORWARD_DEPTH = 5;

    private static final ThreadLocal<int[]> FORWARD_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    List<ReadNote> read(NoteFile file, String sha) {
        String name = SafeNames.displayName(file.fileName());
        int[] depth = FORWARD_DEPTH.get();
        if (depth[0] >= MAX_FORWARD_DEPTH) {
            throw new NoteRejectedException(
                    "malformed-mime",
                    "The mail \"" + name + "\" holds mails forwarded inside each other more than " + MAX_FORWARD_DEPTH
                            + " levels deep; forward the notes themselves or attach them as files.");
        }
        depth[0]++;
        try {
            return readOnce(file, sha, name);
        } finally {
            depth[0]--;
        }
    }

    private List<ReadNote> readOnce(NoteFile file, String sha, String name) {
        try {
            MimeMessage message = parse(file.bytes());
            return read(message, file, sha, name);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof NoteRejectedException r) {
                throw r;
            }
            throw malformed(name);
        }
    }

    /** Reads the notes out of a message already received (mailbox intake) or parsed from a file. */
    public List<ReadNote> read(MimeMessage message, NoteFile file, String sha, String name)
            throws MessagingException, IOException {
        String subject = MailHeaders.decode(message.getHeader("Subject", null));
        List<Part> attachments = new ArrayList<>();
        List<Part> bodies = new ArrayList<>();
        collect(message, attachments, bodies, 0, name);
        List<ReadNote> notes = new ArrayList<>();
        if (!attachments.isEmpty()) {
            if (attachments.size() > limits.maxAttachments()) {
                throw new NoteRejectedException(
                        "too-many-attachments",
                        "The mail \"" + name + "\" has " + attachments.size() + " attachments, over the limit of "
                                + limits.maxAttachments() + "; send the notes in several mails.");
            }
            for (Part part : attachments) {
                notes.addAll(readAttachment(part, file, name, subject));
            }
            return notes;
        }
        Part body = bodies.stream()
                .filter(p -> isType(p, "text/plain"))
                .findFirst()
                .orElse(bodies.stream()
                        .filter(p -> isType(p, "text/html"))
                        .findFirst()
                        .orElse(null));
        if (body == null) {
            throw new NoteRejectedException(
                    "empty-input",
                    "The mail \"" + name
                            + "\" has no text and no notes attached; write the notes in the mail or attach them.");
        }
        byte[] raw = readBounded(body, name);
        Charset charset = charsetOf(body);
        String text;
        try {
            text = isType(body, "text/html")
                    ? HtmlText.fromHtml(decoder.decode(raw, charset).text())
                    : decoder.decode(raw, charset).text();
        } catch (NoteRejectedException e) {
            throw NoteReader.named(e, name);
        }
        String clean = CleanText.clean(text);
        if (clean.isBlank()) {
            throw new NoteRejectedException(
                    "empty-input", "The mail \"" + name + "\" is empty; write the notes in the mail or attach them.");
        }
        notes.add(new ReadNote(
                name, sha, clean, "eml", file.publicationHint(), subject, file.received(), file.via(), List.of()));
        return notes;
    }

    private List<ReadNote> readAttachment(Part part, NoteFile file, String mailName, String subject)
            throws MessagingException, IOException {
        String rawName = part.getFileName();
        if (rawName == null && isType(part, "message/rfc822")) {
            rawName = "forwarded.eml";
        }
        String attachmentName = SafeNames.attachmentName(decodeWords(rawName));
        if (attachmentName == null) {
            attachmentName = "attachment";
        }
        String format = NoteReader.formatOf(attachmentName);
        byte[] bytes = readBounded(part, attachmentName);
        NoteFile inner = new NoteFile(attachmentName, bytes, file.publicationHint(), file.received(), file.via());
        String sha = Sha256.hex(bytes);
        List<ReadNote> notes = new ArrayList<>();
        if (format.equals("eml")) {
            for (ReadNote n : reader.read(inner)) {
                notes.add(withSubject(n, subject));
            }
        } else {
            if (bytes.length == 0) {
                throw new NoteRejectedException(
                        "empty-input", "The attachment \"" + attachmentName + "\" is empty; attach the notes again.");
            }
            notes.add(withSubject(reader.readSingle(inner, format, sha), subject));
        }
        return notes;
    }

    private static ReadNote withSubject(ReadNote n, String subject) {
        return new ReadNote(
                n.fileName(),
                n.sha256(),
                n.text(),
                n.format(),
                n.publicationHint(),
                n.subject() != null ? n.subject() : subject,
                n.received(),
                n.via(),
                n.warnings());
    }

    private void collect(Part part, List<Part> attachments, List<Part> bodies, int depth, String name)
            throws MessagingException, IOException {
        if (depth > 10) {
            throw malformed(name);
        }
        if (isType(part, "multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw malformed(name);
            }
            int count = multipart.getCount();
            if (count > limits.maxAttachments() * 3) {
                throw new NoteRejectedException(
                        "too-many-attachments",
                        "The mail \"" + name + "\" has too many parts; send the notes in several mails.");
            }
            for (int i = 0; i < count; i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, attachments, bodies, depth + 1, name);
            }
            return;
        }
        String disposition = part.getDisposition();
        boolean named = part.getFileName() != null;
        if (travelsWithNotes(part)) {
            return;
        }
        if (isType(part, "message/rfc822") || Part.ATTACHMENT.equalsIgnoreCase(disposition) || named) {
            attachments.add(part);
        } else if (isType(part, "text/plain") || isType(part, "text/html")) {
            bodies.add(part);
        }
    }

    private byte[] readBounded(Part part, String name) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            long total = 0;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > limits.maxNoteBytes()) {
                    throw new NoteRejectedException(
                            "too-large",
                            "The attachment \"" + name + "\" is over the limit of " + (limits.maxNoteBytes() / 1024)
                                    + " kB; split it into smaller notes.");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw malformed(name);
        }
    }

    /**
     * Parts a mail client adds around the notes that are not notes: signature logos and pasted
     * screenshots, the invite of a forwarded meeting, a business card, an S/MIME or PGP signature.
     * Refusing the mail for them would refuse most forwarded invitations and every signed mail.
     */
    private static final List<String> NOT_NOTES = List.of(
            "image/*",
            "text/calendar",
            "application/ics",
            "text/vcard",
            "text/x-vcard",
            "text/directory",
            "application/pkcs7-signature",
            "application/x-pkcs7-signature",
            "application/pgp-signature",
            "application/pgp-keys");

    /** The same parts when the client labelled them application/octet-stream: told by their names. */
    private static final List<String> NOT_NOTE_EXTENSIONS = List.of("ics", "vcs", "vcf", "p7s", "asc");

    static boolean travelsWithNotes(Part part) {
        if (isType(part, "message/rfc822")) {
            return false;
        }
        if (NOT_NOTES.stream().anyMatch(type -> isType(part, type))) {
            return true;
        }
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return false;
        }
        return name != null
                && isType(part, "application/octet-stream")
                && NOT_NOTE_EXTENSIONS.contains(NoteReader.formatOf(name));
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Charset charsetOf(Part part) {
        try {
            String cs = new ContentType(part.getContentType()).getParameter("charset");
            if (cs == null) {
                return null;
            }
            String javaName = MimeUtility.javaCharset(cs);
            return Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** RFC 2047 words decoded, nothing else touched: the caller decides what to do with control characters. */
    static String decodeWords(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (Exception e) {
            return raw;
        }
    }

    private static NoteRejectedException malformed(String name) {
        return new NoteRejectedException(
                "malformed-mime",
                "The mail \"" + name
                        + "\" is damaged (its parts or encoding are broken); forward the notes again or attach them as files.");
    }
}
