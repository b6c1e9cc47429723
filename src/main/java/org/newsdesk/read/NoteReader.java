package org.newsdesk.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.shared.SafeNames;
import org.newsdesk.shared.Sha256;

/**
 * Reads a note's bytes into clean text, choosing the format from the file name. One file may hold
 * several notes (a mail with notes attached), hence a list.
 */
public class NoteReader {

    private final ReadLimits limits;
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlText html;
    private final PdfText pdf;
    private final DocxText docx;
    private final MailText mail;

    public NoteReader(ReadLimits limits) {
        this.limits = limits;
        this.html = new HtmlText(limits);
        this.pdf = new PdfText(limits);
        this.docx = new DocxText(limits);
        this.mail = new MailText(this, limits);
    }

    public NoteReader() {
        this(ReadLimits.defaults());
    }

    public List<ReadNote> read(NoteFile file) {
        byte[] bytes = file.bytes();
        String name = SafeNames.displayName(file.fileName());
        if (bytes.length == 0) {
            throw new NoteRejectedException(
                    "empty-input", "The note \"" + name + "\" is empty; send it again with its text.");
        }
        if (bytes.length > limits.maxNoteBytes()) {
            throw new NoteRejectedException(
                    "too-large",
                    "The note \"" + name + "\" is " + (bytes.length / 1024) + " kB, over the limit of "
                            + (limits.maxNoteBytes() / 1024) + " kB; split it into smaller notes.");
        }
        String format = formatOf(name);
        String sha = Sha256.hex(bytes);
        return switch (format) {
            case "eml" -> mail.read(file, sha);
            default -> List.of(readSingle(file, format, sha));
        };
    }

    ReadNote readSingle(NoteFile file, String format, String sha) {
        String name = SafeNames.displayName(file.fileName());
        try {
            return readSingle(file, format, sha, name);
        } catch (NoteRejectedException e) {
            throw named(e, name);
        }
    }

    /** The decoder does not know which note it reads; the officer needs to be told. */
    static NoteRejectedException named(NoteRejectedException e, String name) {
        String message = e.problem().message();
        if (message.startsWith("The note is ") || message.startsWith("The note starts ")) {
            return new NoteRejectedException(
                    e.code(), "The note \"" + name + "\"" + message.substring("The note".length()));
        }
        return e;
    }

    private ReadNote readSingle(NoteFile file, String format, String sha, String name) {
        byte[] bytes = file.bytes();
        List<String> warnings = new ArrayList<>();
        String text = switch (format) {
            case "md", "txt" -> {
                BinaryContent.rejectIfBinary(bytes, name);
                TextDecoder.Decoded decoded = decoder.decode(bytes);
                warnings.addAll(decoded.warnings());
                yield decoded.text();
            }
            case "html" -> {
                BinaryContent.rejectIfBinary(bytes, name);
                yield html.toText(bytes, name);
            }
            case "pdf" -> pdf.toText(bytes, name);
            case "docx" -> docx.toText(bytes, name);
            default ->
                throw new NoteRejectedException(
                        "unsupported-attachment-type",
                        "The file \"" + name
                                + "\" is not a note newsdesk can read; send notes as .md, .txt, .html, .eml, .pdf or .docx.");
        };
        String clean = CleanText.clean(text);
        if (clean.isBlank()) {
            throw new NoteRejectedException(
                    "empty-input", "The note \"" + name + "\" has no text; send it again with its text.");
        }
        return new ReadNote(
                name, sha, clean, format, file.publicationHint(), null, file.received(), file.via(), warnings);
    }

    /** The format from the last extension; anything else is refused, including "notes.txt.exe". */
    public static String formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "md", "markdown" -> "md";
            case "txt", "text" -> "txt";
            case "html", "htm" -> "html";
            case "eml" -> "eml";
            case "pdf" -> "pdf";
            case "docx" -> "docx";
            default -> ext.isEmpty() ? "unknown" : ext;
        };
    }
}
