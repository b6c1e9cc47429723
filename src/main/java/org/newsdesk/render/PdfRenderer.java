package org.newsdesk.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to a tagged PDF/UA-1 and PDF/A-3a file with openhtmltopdf. The HTML goes through jsoup into a
 * W3C DOM, so no XML parser ever sees a DOCTYPE or entity. Two OFL-1.1 families are shipped in the jar,
 * embedded and subset: Noto Sans for Latin text (with a real italic, and the Latin apostrophe and
 * quotes) and Noto Sans SC for Chinese; a character neither has would print as '#'.
 */
public final class PdfRenderer {

    /** The Latin text family; the print template names it first. */
    public static final String FONT_FAMILY = "Noto Sans";

    /** The Chinese family, for the masthead and any Chinese the Latin font lacks. */
    public static final String CJK_FONT_FAMILY = "Noto Sans SC";

    // openhtmltopdf logs several INFO lines for every document through its own loggers; keep only warnings
    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private record Face(TrueTypeFont font, String family, int weight, FontStyle style) {}

    /**
     * Each Noto Sans SC file is 10 MB: unpacking it from the jar and parsing it for every document cost
     * more than laying the issue out. All fonts are parsed once per JVM and each document takes a subset.
     * A parsed font reads its glyphs lazily from one buffer, which is not safe to share between threads,
     * so documents are rendered one at a time (an issue is rendered once, then mailed many times).
     */
    private static final class Fonts {
        static final List<Face> FACES = List.of(
                new Face(parse("NotoSans-Regular.ttf", true), FONT_FAMILY, 400, FontStyle.NORMAL),
                new Face(parse("NotoSans-Italic.ttf", true), FONT_FAMILY, 400, FontStyle.ITALIC),
                new Face(parse("NotoSans-Bold.ttf", true), FONT_FAMILY, 700, FontStyle.NORMAL),
                new Face(parse("NotoSans-BoldItalic.ttf", true), FONT_FAMILY, 700, FontStyle.ITALIC),
                new Face(parse("NotoSansSC-Regular.ttf", false), CJK_FONT_FAMILY, 400, FontStyle.NORMAL),
                new Face(parse("NotoSansSC-Bold.ttf", false), CJK_FONT_FAMILY, 700, FontStyle.NORMAL));

        /** PDF/A's output intent: the JDK's own sRGB profile, so no profile file is shipped. */
        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

        private static TrueTypeFont parse(String file, boolean withoutSubstitutions) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font /fonts/" + file + " is missing from the jar");
                }
                byte[] bytes = in.readAllBytes();
                if (withoutSubstitutions) {
                    hideTable(bytes, "GSUB");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("Font /fonts/" + file + " cannot be read", e);
            }
        }
    }

    /**
     * Renames a table in a TrueType font's table directory so the parser passes it over. PDFBox applies
     * a Latin font's GSUB ligatures to every run of text it writes, compiling regular expressions each
     * time: with Noto Sans that made an issue's PDF three times slower to write, and its "ffi" glyphs
     * read back as U+FB03, so "Officer" could not be found in the PDF. No subset carries the table.
     */
    static void hideTable(byte[] font, String tag) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] name = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0, at = 12; i < tables; i++, at += 16) {
            if (java.util.Arrays.equals(font, at, at + 4, name, 0, 4)) {
                font[at] = 'x';
            }
        }
    }

    private static final Object ONE_AT_A_TIME = new Object();

    /**
     * Parses the fonts now, on a background thread, so the first issue does not wait for them (about
     * a second of CPU per Chinese font); the service calls this at start while it reads the inbox.
     */
    public static void preloadFonts() {
        Thread loader = new Thread(
                () -> {
                    if (Fonts.FACES.isEmpty() || Fonts.SRGB.length == 0) {
                        throw new IllegalStateException("fonts missing");
                    }
                },
                "newsdesk-font-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Renders the print HTML. Its {@code <title>}, {@code <html lang>} and {@code <meta>} elements become
     * the document's title, language and XMP metadata; {@code <bookmarks>} in its head the outline.
     */
    public byte[] render(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // an HTML parser moves the unknown <bookmarks> element into the body; openhtmltopdf reads it from the head
        org.jsoup.nodes.Element bookmarks = parsed.body().selectFirst("> bookmarks");
        if (bookmarks != null) {
            parsed.head().appendChild(bookmarks);
        }
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        synchronized (ONE_AT_A_TIME) {
            try (PDDocument doc = new PDDocument()) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePDDocument(doc);
                builder.usePdfVersion(1.7f);
                builder.usePdfUaAccessibility(true);
                builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
                builder.useColorProfile(Fonts.SRGB);
                for (Face face : Fonts.FACES) {
                    builder.useFont(
                            new PDFontSupplier(PDType0Font.load(doc, face.font(), true)),
                            face.family(),
                            face.weight(),
                            face.style(),
                            true);
                }
                builder.withW3cDocument(dom, "about:blank");
                builder.toStream(out);
                builder.run();
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF could not be rendered", e);
            }
        }
        return out.toByteArray();
    }
}
