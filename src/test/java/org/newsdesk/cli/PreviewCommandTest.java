package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Database;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.SampleItems;
import picocli.CommandLine;

class PreviewCommandTest {

    @Test
    void previewPrintsThePathsOfTheMarkedPdfAndHtmlAndLeavesTheStoreAsItWas(@TempDir Path work) {
        try (Database db = Database.embedded(work.resolve("data"))) {
            ItemStore items = new ItemStore(db);
            items.save(SampleItems.lmecExperts());
            items.save(SampleItems.lmecComments());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new NewsdeskCommand()).execute("preview", "--work-dir", work.toString(), "lmec");
        } finally {
            System.setOut(original);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed)
                .contains("PREVIEW of Issue 1, ")
                .contains("1 events, 8 speakers")
                .contains(work.resolve("archive/lmec/preview.pdf").toString())
                .contains(work.resolve("archive/lmec/preview.html").toString())
                // the glossary's changes are listed for the editor
                .contains("  house style: ")
                .contains("    Event 1, Miao Hong: “+” → “and”");
        assertThat(work.resolve("archive/lmec/preview.pdf")).exists();
        try (Database db = Database.embedded(work.resolve("data"))) {
            assertThat(new IssueStore(db).all("lmec")).isEmpty();
            assertThat(new ItemStore(db).count("lmec", "pending")).isEqualTo(2);
        }
    }

    @Test
    void anUnknownPublicationIsRefusedWithTheKnownOnes(@TempDir Path work) {
        int exit = new CommandLine(new NewsdeskCommand()).execute("preview", "--work-dir", work.toString(), "nope");
        assertThat(exit).isEqualTo(2);
    }
}
