package org.newsdesk.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to PDF with openhtmltopdf. The HTML goes through jsoup into a W3C DOM, so no XML parser ever
 * sees a DOCTYPE or entity. Noto Sans SC (OFL-1.1, shipped in the jar) is embedded and subset, for
 * the Latin text and the Chinese masthead alike; without it openhtmltopdf prints '#' for Chinese.
 */
public final class PdfRenderer {

    public static final String FONT_FAMILY = "Noto Sans SC";

    // openhtmltopdf logs several INFO lines for every document through its own loggers; keep only warnings
    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /**
     * Each Noto Sans SC file is 10 MB: unpacking it from the jar and parsing it for every document cost
     * more than laying the issue out. They are parsed once per JVM and each document takes a subset.
     * A parsed font reads its glyphs lazily from one buffer, which is not safe to share between threads,
     * so documents are rendered one at a time (an issue is rendered once, then mailed many times).
     */
    private static final class Fonts {
        static final TrueTypeFont REGULAR = parse("NotoSansSC-Regular.ttf");
        static final TrueTypeFont BOLD = parse("NotoSansSC-Bold.ttf");

        private static TrueTypeFont parse(String file) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font /fonts/" + file + " is missing from the jar");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Font /fonts/" + file + " cannot be read", e);
            }
        }
    }

    private static final Object ONE_AT_A_TIME = new Object();

    /**
     * Parses the fonts now, on a background thread, so the first issue does not wait for them (about
     * a second of CPU per font); the service calls this at start while it reads the inbox.
     */
    public static void preloadFonts() {
        Thread loader = new Thread(
                () -> {
                    if (Fonts.REGULAR == null || Fonts.BOLD == null) {
                        throw new IllegalStateException("fonts missing");
                    }
                },
                "newsdesk-font-preload");
        loader.setDaemon(true);
        loader.start();
    }

    public byte[] render(String html) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        synchronized (ONE_AT_A_TIME) {
            try (PDDocument doc = new PDDocument()) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePDDocument(doc);
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(doc, Fonts.REGULAR, true)),
                        FONT_FAMILY,
                        400,
                        FontStyle.NORMAL,
                        true);
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(doc, Fonts.BOLD, true)),
                        FONT_FAMILY,
                        700,
                        FontStyle.NORMAL,
                        true);
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
