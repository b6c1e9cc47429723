package org.newsdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.IssueView;
import org.newsdesk.render.PdfRenderer;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.testing.SampleItems;

/**
 * Times rendering a ten-event LMEC issue (eight speakers each, the size of the real Issue 6 per event).
 * Not a test (surefire does not pick it up): run by {@code bench/render.sh}.
 *
 * <pre>RenderBench cold OUT        first render in a fresh JVM, and writes the print HTML for WeasyPrint
 * RenderBench warm OUT W N     W warm-up renders, then the median of N</pre>
 *
 * Prints one line per measure, {@code key=value}, for the script to read.
 */
public final class RenderBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        long start = System.nanoTime();
        PublicationProfiles profiles = PublicationProfiles.load(Path.of("config/publications"));
        TemplateSet templates = new TemplateSet(Path.of("templates"));
        IssueRenderer renderer = new IssueRenderer(templates, profiles);
        Issue issue = tenEventIssue();
        String printHtml = templates.render(
                "issue-print.html.mustache",
                IssueView.of(issue, profiles.get("lmec"), false, "LMEC-Newsletter-Issue-7-2021.pdf"));
        PdfRenderer pdf = new PdfRenderer();

        if (mode.equals("cold")) {
            long t0 = System.nanoTime();
            RenderedIssue first = renderer.render(issue);
            long t1 = System.nanoTime();
            System.out.printf("cold_full_ms=%.0f%n", (t1 - t0) / 1e6);
            System.out.printf("cold_since_main_ms=%.0f%n", (t1 - start) / 1e6);
            System.out.printf("pdf_bytes=%d%n", first.pdf().length);
            System.out.printf("html_bytes=%d%n", first.html().getBytes(StandardCharsets.UTF_8).length);
            Files.write(out.resolve("newsdesk.pdf"), first.pdf());
            Files.writeString(out.resolve("issue-print.html"), withFontFiles(printHtml, out));
            return;
        }
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        for (int i = 0; i < warmup; i++) {
            renderer.render(issue);
        }
        double[] full = new double[runs];
        double[] pdfOnly = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            renderer.render(issue);
            long t1 = System.nanoTime();
            pdf.render(printHtml);
            long t2 = System.nanoTime();
            full[i] = (t1 - t0) / 1e6;
            pdfOnly[i] = (t2 - t1) / 1e6;
        }
        System.out.printf("warm_full_median_ms=%.0f%n", median(full));
        System.out.printf("warm_pdf_median_ms=%.0f%n", median(pdfOnly));
        System.out.printf("warm_runs=%d%n", runs);
    }

    /** Ten events like the LMEC roundtable: title, lead, eight prose speakers of about 600 characters. */
    static Issue tenEventIssue() {
        List<Item> items = new ArrayList<>();
        List<Speaker> lmec = new ArrayList<>(SampleItems.lmecExperts().speakers());
        lmec.addAll(SampleItems.lmecComments().speakers());
        for (int e = 1; e <= 10; e++) {
            List<Speaker> speakers = new ArrayList<>();
            for (Speaker s : lmec) {
                String statement = s.statement() + " "
                        + ("Regional cooperation on climate finance, clean energy and "
                                        + "sustainable infrastructure will continue in session " + e + ". ")
                                .repeat(3);
                speakers.add(s.withStatement(statement));
            }
            items.add(SampleItems.item(
                    "bench-" + e,
                    "lmec",
                    "Session " + e + ": " + SampleItems.LMEC_TITLE,
                    SampleItems.LMEC_DATE.plusDays(e),
                    SampleItems.LMEC_LEAD,
                    speakers));
        }
        return new Issue(
                "lmec-2021-7",
                "lmec",
                2021,
                7,
                "Issue 7, 2021",
                LocalDate.of(2021, 4, 30),
                new EventMerger().merge(items));
    }

    /**
     * The same HTML for WeasyPrint, with the same Noto Sans and Noto Sans SC files declared by @font-face
     * (openhtmltopdf gets them from the jar), so both typeset with the same fonts.
     */
    private static String withFontFiles(String html, Path out) throws IOException {
        List<String> files = List.of(
                "NotoSans-Regular.ttf",
                "NotoSans-Italic.ttf",
                "NotoSans-Bold.ttf",
                "NotoSans-BoldItalic.ttf",
                "NotoSansSC-Regular.ttf",
                "NotoSansSC-Bold.ttf");
        StringBuilder faces = new StringBuilder("<style>\n");
        for (String f : files) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + f)) {
                Files.write(out.resolve(f), in.readAllBytes());
            }
            String family = f.startsWith("NotoSansSC") ? "Noto Sans SC" : "Noto Sans";
            faces.append("@font-face { font-family: \"")
                    .append(family)
                    .append("\"; font-weight: ")
                    .append(f.contains("Bold") ? 700 : 400)
                    .append("; font-style: ")
                    .append(f.contains("Italic") ? "italic" : "normal")
                    .append("; src: url(")
                    .append(f)
                    .append("); }\n");
        }
        faces.append("</style>\n");
        return html.replaceFirst("<style>", faces + "<style>");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
