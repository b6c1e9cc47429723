package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.read.TestNotes;
import org.newsdesk.shared.Json;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * Symbolic links and special files in the inbox of a running newsdesk: refused where they lie with a
 * code and a reason, counted, never followed or moved, and nothing outside the work folder touched.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InboxLinksTest {

    @TempDir
    Path work;

    @TempDir
    Path outside;

    private RunningNewsdesk newsdesk;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        Metrics.addRegistry(meters);
        newsdesk = RunningNewsdesk.start(work, Map.of());
    }

    @AfterEach
    void stop() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        Metrics.removeRegistry(meters);
    }

    @Test
    void linksToAFileAndToAFolderAndAPipeAreRefusedWhereTheyLieAndNothingOutsideIsTouched() throws Exception {
        Path inbox = work.resolve("inbox");
        Path secret =
                Files.writeString(outside.resolve("secret.md"), TestNotes.GOOD_NOTE.replace("Zhang Yan", "Wu Linked"));
        Path folder = Files.createDirectories(outside.resolve("shared"));
        Files.writeString(folder.resolve("inner.md"), TestNotes.GOOD_NOTE.replace("Zhang Yan", "Wu Folder"));
        Map<String, FileTime> before = snapshot(outside);

        Files.createSymbolicLink(inbox.resolve("linked.md"), secret);
        Files.createDirectories(inbox.resolve("lmec"));
        Files.createSymbolicLink(inbox.resolve("lmec/also-linked.md"), secret);
        Files.createSymbolicLink(inbox.resolve("shared-folder"), folder);
        Process fifo = new ProcessBuilder("mkfifo", inbox.resolve("pipe.md").toString())
                .inheritIO()
                .start();
        assertThat(fifo.waitFor()).isZero();

        Path failed = work.resolve("failed");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(failed.resolve("linked.md.error.json"))
                        && Files.exists(failed.resolve("lmec/also-linked.md.error.json"))
                        && Files.exists(failed.resolve("shared-folder.error.json"))
                        && Files.exists(failed.resolve("pipe.md.error.json")));

        JsonNode link = error(failed.resolve("linked.md.error.json"));
        assertThat(link.get("code").asText()).isEqualTo("symlink");
        assertThat(link.get("message").asText())
                .contains("\"linked.md\" in the inbox is a symbolic link (to " + secret + ")")
                .contains("Copy the note itself into the inbox and remove the link.");
        assertThat(link.get("kept").asText()).isEqualTo("inbox/linked.md");
        assertThat(error(failed.resolve("shared-folder.error.json")).get("code").asText())
                .isEqualTo("symlink");
        assertThat(error(failed.resolve("pipe.md.error.json")).get("code").asText())
                .isEqualTo("not-a-file");

        // a good note dropped afterwards is read: the consumer went on, twice, past what it refused
        for (String name : new String[] {"after.md", "after-again.md"}) {
            Files.writeString(inbox.resolve(name), TestNotes.GOOD_NOTE.replace("Zhang Yan", "Li " + name.length()));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(work.resolve("processed")
                            .resolve(LocalDate.now().toString())
                            .resolve(name)));
        }

        assertThat(Files.isSymbolicLink(inbox.resolve("linked.md"))).isTrue();
        assertThat(Files.isSymbolicLink(inbox.resolve("lmec/also-linked.md"))).isTrue();
        assertThat(Files.isSymbolicLink(inbox.resolve("shared-folder"))).isTrue();
        assertThat(inbox.resolve("pipe.md")).exists();
        assertThat(snapshot(outside)).as("the outside folder, untouched").isEqualTo(before);
        assertThat(failed.resolve("linked.md")).doesNotExist();
        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        assertThat(items.withStatus(null, "pending").toString() + items.withStatus(null, "held"))
                .doesNotContain("Wu Linked")
                .doesNotContain("Wu Folder");
        assertThat(meters.counter("newsdesk.notes.rejected").count())
                .as("each entry refused once, not at every poll")
                .isEqualTo(4.0);
    }

    private static JsonNode error(Path file) throws IOException {
        return Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Map<String, FileTime> snapshot(Path folder) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
