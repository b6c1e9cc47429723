package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.read.TestNotes;
import org.newsdesk.shared.Json;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;
import org.newsdesk.testing.StandardErrorCapture;

/**
 * The store's file cannot be written for a while (chattr +i on data/ and the H2 file, as an operator
 * saw with a read-only or full disk): health says database DOWN with the reason and answers in time,
 * the note dropped meanwhile waits in the inbox, the log says it once and then counts, and when the
 * file is writable again the service carries on by itself: the note is read, health is UP.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StoreRecoveryTest {

    @TempDir
    Path work;

    private StandardErrorCapture log;
    private Path data;

    @BeforeEach
    void canMakeFilesImmutable() throws Exception {
        Path probe = Files.createTempFile(work, "probe", ".txt");
        assumeTrue(chattr("+i", probe), "chattr +i needs root (CAP_LINUX_IMMUTABLE) on ext2/3/4: skipped");
        chattr("-i", probe);
        log = new StandardErrorCapture();
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (data != null) {
            chattr("-i", data.resolve("newsdesk.mv.db"));
            chattr("-i", data);
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    void aStoreThatCannotBeWrittenForAWhileIsReportedOnceAndRecoversWithoutARestart() throws Exception {
        Map<String, String> settings = HttpOperationsTest.withServer(work, "token");
        settings.put("newsdesk.health.timeout-millis", "1000");
        data = work.resolve("data");
        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            String health =
                    "http://localhost:" + HttpOperationsTest.port(newsdesk) + "/observe/health?exposureLevel=full";
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            drop("before.md", "Wang Before");
            await().atMost(Duration.ofSeconds(30)).until(() -> processed("before.md"));
            assertThat(database(health).get("status").asText()).isEqualTo("UP");

            assertThat(chattr("+i", data.resolve("newsdesk.mv.db"))).isTrue();
            assertThat(chattr("+i", data)).isTrue();
            int outageStart = log.text().length();
            drop("during.md", "Chen During");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "DOWN".equals(database(health).get("status").asText()));
            long started = System.nanoTime();
            JsonNode down = database(health);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(down.get("message").asText()).contains("the store cannot be written and read");
            assertThat(tookMillis)
                    .as("health answers within its timeout and some slack")
                    .isLessThan(5000);
            // the outage lasts: the inbox is polled ten times a second all along
            Thread.sleep(8000);
            assertThat(Files.exists(work.resolve("inbox/during.md")))
                    .as("the note waits in the inbox")
                    .isTrue();
            String outage = log.text().substring(outageStart);

            chattr("-i", data.resolve("newsdesk.mv.db"));
            chattr("-i", data);
            await().atMost(Duration.ofSeconds(60)).until(() -> processed("during.md"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "UP".equals(database(health).get("status").asText()));
            assertThat(items.withStatus(null, "pending").toString() + items.withStatus(null, "held"))
                    .contains("Wang Before")
                    .contains("Chen During");

            long errorLines = outage.lines()
                    .filter(l -> l.contains("ERROR") || l.contains("WARN"))
                    .count();
            assertThat(outage).as("no stack traces").doesNotContain("\tat ");
            assertThat(errorLines).as("about 80 failed attempts, a few lines").isLessThanOrEqualTo(6);
            assertThat(outage).contains("The store cannot be used");
            assertThat(log.text()).contains("The store cannot be used: over after");
            assertThat(data.resolve("newsdesk.trace.db")).doesNotExist();
        }
    }

    private JsonNode database(String url) throws Exception {
        HttpResponse<String> r = HttpOperationsTest.call("GET", url, null, null);
        for (JsonNode check : Json.mapper().readTree(r.body()).get("checks")) {
            if ("database".equals(check.get("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no database check in " + r.body());
    }

    private void drop(String name, String speaker) throws IOException {
        Path part = work.resolve("inbox/." + name + ".part");
        Files.writeString(part, TestNotes.GOOD_NOTE.replace("Zhang Yan", speaker));
        Files.move(part, work.resolve("inbox").resolve(name));
    }

    private boolean processed(String name) {
        return Files.exists(
                work.resolve("processed").resolve(LocalDate.now().toString()).resolve(name));
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, file.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
