package org.newsdesk.read;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;

/** The text layer of a PDF note, read with PDFBox; a scanned PDF without text is refused with a reason. */
final class PdfText {

    private final ReadLimits limits;

    PdfText(ReadLimits limits) {
        this.limits = limits;
    }

    String toText(byte[] bytes, String name) {
        if (!startsWithPdfHeader(bytes) || !endsWithEofMarker(bytes)) {
            // PDFBox would patch up a cut-off file and hand back half the notes without a word
            throw corrupt(name);
        }
        // decoded streams go to scratch files, not the heap: a small PDF can inflate to gigabytes
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(name);
            }
            if (doc.getNumberOfPages() > limits.maxPdfPages()) {
                throw new NoteRejectedException(
                        "too-large",
                        "The PDF \"" + name + "\" has " + doc.getNumberOfPages() + " pages, over the limit of "
                                + limits.maxPdfPages() + "; send the meeting notes alone.");
            }
            if (doc.getNumberOfPages() == 0) {
                throw corrupt(name);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            stripper.setPageEnd("\n\f\n");
            String text = stripper.getText(doc);
            if (text.length() > limits.maxTextChars()) {
                throw new NoteRejectedException(
                        "too-large", "The PDF \"" + name + "\" holds more text than one note may; split it.");
            }
            if (text.isBlank()) {
                throw new NoteRejectedException(
                        "no-text-layer",
                        "The PDF \"" + name
                                + "\" has no text layer (it is a scan); send the notes as text, Word or a PDF exported from a text file.");
            }
            return WrappedLines.join(PageText.joinPages(text));
        } catch (InvalidPasswordException e) {
            throw encrypted(name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof NoteRejectedException r) {
                throw r;
            }
            // PDFBox reports damage as IOException and, for some broken objects, as runtime exceptions
            throw corrupt(name);
        }
    }

    private static boolean startsWithPdfHeader(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static NoteRejectedException encrypted(String name) {
        return new NoteRejectedException(
                "encrypted-pdf",
                "The PDF \"" + name + "\" is password-protected; send it without a password or as text.");
    }

    private static NoteRejectedException corrupt(String name) {
        return new NoteRejectedException(
                "corrupt-pdf",
                "The PDF \"" + name
                        + "\" is damaged or incomplete and cannot be opened; export it again and resend it.");
    }
}
