package org.newsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a rendered PDF holds, read back with PDFBox: its text, page by page, and its fonts. */
public record PdfContents(int pages, List<String> pageTexts, Set<FontUse> fonts) {

    /** One font used on a page: its base name (subset fonts carry an "ABCDEF+" prefix) and whether it is embedded. */
    public record FontUse(String name, boolean embedded) {

        public boolean subset() {
            return name != null && name.matches("[A-Z]{6}\\+.+");
        }
    }

    public static PdfContents of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            // in the order printed: a tagged PDF draws a link's text after the rest of its line
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
            }
            Set<FontUse> fonts = new LinkedHashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new FontUse(font.getName(), font.isEmbedded()));
                }
            }
            return new PdfContents(doc.getNumberOfPages(), List.copyOf(texts), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return String.join("", pageTexts);
    }

    /** The text with every run of white space made one space, so line breaks do not matter. */
    public String flatText() {
        return flat(text());
    }

    /** The text's lines, stripped. */
    public List<String> lines() {
        return text().lines().map(String::strip).toList();
    }

    public static String flat(String s) {
        // a line broken after a hyphen ("sub-" / "regional") is one word again
        return s.replaceAll("(?<=\\w-)[ \\t]*\\R\\s*", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
