package org.newsdesk.read;

import java.time.Instant;
import java.util.List;

/**
 * A note turned from bytes into clean text, with what is known about where it came from.
 *
 * @param fileName        the note's own name (an attachment's name for mailed notes), never a path
 * @param sha256          hex SHA-256 of the note's original bytes
 * @param text            the text, LF line ends, no control characters but tab and newline
 * @param format          md, txt, html, eml, pdf or docx
 * @param publicationHint the publication named by the inbox subfolder or mailbox, or null
 * @param subject         the mail subject when the note came by mail, or null
 * @param via             folder or mailbox
 * @param warnings        what a person should know about the reading (replaced bytes, guessed charset)
 */
public record ReadNote(
        String fileName,
        String sha256,
        String text,
        String format,
        String publicationHint,
        String subject,
        Instant received,
        String via,
        List<String> warnings) {

    public ReadNote {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ReadNote withText(String newText) {
        return new ReadNote(fileName, sha256, newText, format, publicationHint, subject, received, via, warnings);
    }
}
