package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Item;
import org.newsdesk.read.TestNotes;
import org.newsdesk.shared.Json;
import org.newsdesk.shared.Sha256;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** Notes dropped in the inbox folder of a running newsdesk (real routes, real store, real files). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FolderIntakeTest {

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static Path inbox;

    @BeforeAll
    static void start() {
        newsdesk = RunningNewsdesk.start(work, Map.of());
        inbox = work.resolve("inbox");
    }

    @AfterAll
    static void stop() {
        if (newsdesk != null) {
            newsdesk.close();
        }
    }

    static String note(String speaker) {
        return TestNotes.GOOD_NOTE.replace("Zhang Yan", speaker);
    }

    static void drop(String relative, byte[] bytes) throws IOException {
        Path target = inbox.resolve(relative);
        Files.createDirectories(target.getParent());
        // written beside and moved in, as a careful copy would; the read lock covers the careless ones
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(temp, bytes);
        Files.move(temp, target);
    }

    static Path processed() {
        return work.resolve("processed").resolve(LocalDate.now().toString());
    }

    static List<Item> items() {
        ItemStore store = newsdesk.bean("itemStore", ItemStore.class);
        List<Item> all = new ArrayList<>(store.withStatus(null, "pending"));
        all.addAll(store.withStatus(null, "held"));
        return all;
    }

    static JsonNode error(String name) throws IOException {
        return Json.mapper()
                .readTree(work.resolve("failed").resolve(name + ".error.json").toFile());
    }

    @Test
    void aNoteInAPublicationFolderBecomesAnItemOfThatPublicationAndMovesToProcessed() throws IOException {
        drop("lmec/forum.md", note("Wang Fang").getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(processed().resolve("lmec/forum.md")));
        assertThat(items()).anySatisfy(i -> {
            assertThat(i.source().file()).isEqualTo("forum.md");
            assertThat(i.publication()).isEqualTo("lmec");
            assertThat(i.source().via()).isEqualTo("folder");
        });
        assertThat(inbox.resolve("lmec/forum.md")).doesNotExist();
    }

    @Test
    void theSameBytesDroppedTwiceMakeOneItem() throws IOException {
        byte[] bytes = note("Chen Jie").getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(bytes);
        drop("first.md", bytes);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(processed().resolve("first.md")));
        drop("again.md", bytes);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(processed().resolve("again.md")));
        assertThat(items().stream().filter(i -> sha.equals(i.source().sha256())))
                .hasSize(1);
    }

    @Test
    void hostileFilesAreMovedToFailedWithTheirReasonAndTheGoodNoteBesideThemIsRead() throws Exception {
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("empty.txt", new byte[0]);
        byte[] binary = new byte[2048];
        binary[0] = (byte) 0x89;
        hostile.put("photo.txt", binary);
        hostile.put("minutes.txt.exe", "MZ".getBytes(StandardCharsets.US_ASCII));
        // UTF-8 with one byte broken in transit (a Latin-1 file is read as windows-1252 instead)
        byte[] damaged = "caf\u00e9 \u2014 notes \u00e9t\u00e9".getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 1] = (byte) 0xFF;
        hostile.put("damaged.txt", damaged);
        hostile.put("cut.pdf", java.util.Arrays.copyOf(TestNotes.pdf("Zhang Yan noted that"), 300));
        hostile.put(
                "xxe.docx",
                TestNotes.zip(
                        "word/document.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"));
        hostile.put(
                "broken.eml",
                ("From: a@b.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n"
                                + "--y\r\n\r\nnotes\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        hostile.put("no-speakers.txt", "Just a line of text, no speaker in it.".getBytes(StandardCharsets.UTF_8));
        Map<String, String> expected = Map.of(
                "empty.txt",
                "empty-input",
                "photo.txt",
                "binary-content",
                "minutes.txt.exe",
                "unsupported-attachment-type",
                "damaged.txt",
                "invalid-utf8",
                "cut.pdf",
                "corrupt-pdf",
                "xxe.docx",
                "doctype-not-allowed",
                "broken.eml",
                "malformed-mime",
                "no-speakers.txt",
                "no-speakers");
        for (Map.Entry<String, byte[]> e : hostile.entrySet()) {
            drop(e.getKey(), e.getValue());
        }
        drop("good\r\nline.md", note("Zhou Min").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(processed().resolve("goodline.md")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> hostile.keySet().stream()
                        .allMatch(n -> Files.exists(work.resolve("failed").resolve(n + ".error.json"))));
        for (String name : hostile.keySet()) {
            JsonNode json = error(name);
            assertThat(json.get("code").asText()).as(name).isEqualTo(expected.get(name));
            assertThat(json.get("message").asText())
                    .as(name)
                    .endsWith(".")
                    .doesNotContain("\n")
                    .doesNotContain("Exception");
            assertThat(json.get("file").asText()).isEqualTo(name);
            assertThat(json.get("sha256").asText()).isEqualTo(Sha256.hex(hostile.get(name)));
            assertThat(json.get("at").asText()).isNotBlank();
            assertThat(work.resolve("failed").resolve(name))
                    .as("the original is kept")
                    .hasBinaryContent(hostile.get(name));
        }
        assertThat(items()).anySatisfy(i -> assertThat(i.source().file()).isEqualTo("goodline.md"));
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".")))
                    .isEmpty();
        }
    }

    @Test
    void aFileFarOverTheSizeLimitIsRefusedFromItsSizeWithoutBeingRead() throws IOException {
        Path big = inbox.resolve(".huge.txt.part");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024); // 2 GiB, sparse: reading it would exhaust a 512 MB heap at once
        }
        Files.move(big, inbox.resolve("huge.txt"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(work.resolve("failed/huge.txt.error.json")));
        assertThat(error("huge.txt").get("code").asText()).isEqualTo("too-large");
        Files.delete(work.resolve("failed/huge.txt"));
    }

    @Test
    void aThousandNotesDroppedAtOnceAreReadWithProgressInTheLog() throws IOException {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new TeeStream(original, log), true, StandardCharsets.UTF_8));
        try {
            Path staging = work.resolve("staging");
            Files.createDirectories(staging.resolve("bulk"));
            for (int i = 0; i < 1000; i++) {
                Files.writeString(staging.resolve("bulk").resolve("note-" + i + ".md"), note(TestNotes.person(i)));
            }
            long start = System.nanoTime();
            Files.move(staging.resolve("bulk"), inbox.resolve("bulk"));
            // "bulk" names no publication, so the notes land in processed/<date>/ itself (or failed/, should
            // the normalizer refuse one: this test is about reading them all and telling how far it got)
            await().atMost(Duration.ofSeconds(110))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> countBulk(processed()) + countBulk(work.resolve("failed")) == 1000);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("1000 notes read in %.1f s (%.0f notes/s)%n", seconds, 1000 / seconds);
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("Reading notes: \\d+/\\d+ \\(\\d+%\\), [\\d.]+/s, \\S+ left");
        assertThat(text).contains("Reading notes: 1000/1000");
    }

    private static long countBulk(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("note-\\d+\\.md"))
                    .count();
        }
    }

    /** Copies what the service logs to the console into the test's buffer as well. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }
    }
}
