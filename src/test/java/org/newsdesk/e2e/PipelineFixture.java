package org.newsdesk.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.newsdesk.store.ItemStore;

/**
 * What the end-to-end tests share: a fresh work folder per test class, settings handed to the Camel
 * main as system properties (they override application.properties), and helpers to drop notes and
 * read back what a person would look at.
 */
final class PipelineFixture {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private PipelineFixture() {}

    /** A clean work folder under target/ and the settings pointing the service at it. */
    static Path prepareWorkDir(String name, Map<String, String> extra) throws IOException {
        Path work = PROJECT.resolve("target/e2e").resolve(name);
        if (Files.exists(work)) {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(work);
        System.setProperty("newsdesk.home", PROJECT.toString());
        System.setProperty("newsdesk.work-dir", work.toString());
        System.setProperty("newsdesk.schedule.enabled", "false");
        System.setProperty("newsdesk.intake.min-age-millis", "100");
        System.setProperty("newsdesk.intake.poll-millis", "100");
        System.setProperty("newsdesk.db.url", "");
        System.setProperty("newsdesk.smtp.host", "");
        // the demo's example readers (a running service imports config/subscribers/, which ships empty)
        System.setProperty(
                "newsdesk.subscribers-dir",
                PROJECT.resolve("examples/subscribers").toString());
        extra.forEach(System::setProperty);
        return work;
    }

    static void clearSettings(Map<String, String> extra) {
        for (String key : List.of(
                "newsdesk.home",
                "newsdesk.work-dir",
                "newsdesk.schedule.enabled",
                "newsdesk.intake.min-age-millis",
                "newsdesk.intake.poll-millis",
                "newsdesk.db.url",
                "newsdesk.subscribers-dir",
                "newsdesk.smtp.host")) {
            System.clearProperty(key);
        }
        extra.keySet().forEach(System::clearProperty);
    }

    /** Drops a note into inbox/<publication>/ the way an officer's file manager would. */
    static void dropNote(Path work, String publication, Path note) throws IOException {
        Path folder = work.resolve("inbox").resolve(publication);
        Files.createDirectories(folder);
        Files.copy(note, folder.resolve(note.getFileName()));
    }

    static void awaitInboxEmpty(Path work) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try (Stream<Path> all = Files.walk(work.resolve("inbox"))) {
                        return all.noneMatch(p -> Files.isRegularFile(p));
                    }
                });
    }

    static void publishNow(CamelContext context, String publication) {
        context.createProducerTemplate()
                .sendBodyAndHeaders("direct:publish", null, Map.of("publication", publication, "publishNow", true));
    }

    static ItemStore items(CamelContext context) {
        return context.getRegistry().lookupByNameAndType("itemStore", ItemStore.class);
    }

    static String pdfText(InputStream pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.readAllBytes())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (InputStream in = Files.newInputStream(pdf)) {
            return pdfText(in);
        }
    }

    /** Whitespace collapsed, so a line wrapped by the PDF layout still matches. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
