package org.newsdesk.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import com.openhtmltopdf.util.XRLog;
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

    public byte[] render(String html) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("NotoSansSC-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("NotoSansSC-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(dom, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font /fonts/" + file + " is missing from the jar");
        }
        return in;
    }
}
