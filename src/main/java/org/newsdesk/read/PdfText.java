package org.newsdesk.read;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.newsdesk.domain.NoteRejectedException;

/** The text layer of a PDF note, read with PDFBox; a scanned PDF without text is refused with a reason. */
final class PdfText {

    private final ReadLimits limits;

    PdfText(ReadLimits limits) {
        this.limits = limits;
    }

    String toText(byte[] bytes, String name) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new NoteRejectedException("encrypted-pdf", "The PDF \"" + name
                        + "\" is password-protected; send it without a password or as text.");
            }
            if (doc.getNumberOfPages() > limits.maxPdfPages()) {
                throw new NoteRejectedException("too-large", "The PDF \"" + name + "\" has " + doc.getNumberOfPages()
                        + " pages, over the limit of " + limits.maxPdfPages() + "; send the meeting notes alone.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            stripper.setPageEnd("\n\f\n");
            String text = stripper.getText(doc);
            if (text.length() > limits.maxTextChars()) {
                throw new NoteRejectedException("too-large", "The PDF \"" + name + "\" holds more text than one note may; split it.");
            }
            if (text.isBlank()) {
                throw new NoteRejectedException("no-text-layer", "The PDF \"" + name
                        + "\" has no text layer (it is a scan); send the notes as text, Word or a PDF exported from a text file.");
            }
            return PageText.joinPages(text);
        } catch (IOException e) {
            throw new NoteRejectedException("corrupt-pdf", "The PDF \"" + name
                    + "\" is damaged or incomplete and cannot be opened; export it again and resend it.");
        }
    }
}
