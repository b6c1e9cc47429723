package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** Stopping the service during a send pass stops it between mails and leaves nothing in "sending". */
class GracefulShutdownTest {

    private static final int SUBSCRIBERS = 1500;

    @TempDir
    Path work;

    @Test
    void aShutdownDuringASendStopsBetweenMailsAndLeavesNothingInSending() throws Exception {
        Path subscribers = work.resolve("subscribers");
        Files.createDirectories(subscribers);
        StringBuilder csv = new StringBuilder("name,address,language\n");
        for (int i = 0; i < SUBSCRIBERS; i++) {
            csv.append("Reader ").append(i).append(",reader").append(i).append("@example.org,en\n");
        }
        Files.writeString(subscribers.resolve("china-asean.csv"), csv);
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.subscribers-dir", subscribers.toString());
        settings.put("newsdesk.schedule.enabled", "false");

        String issueId;
        RunningNewsdesk newsdesk = RunningNewsdesk.start(settings);
        try {
            RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> items.count("china-asean", "pending") == 1);
            newsdesk.context()
                    .createProducerTemplate()
                    .asyncRequestBodyAndHeaders(
                            "direct:publish", null, Map.of("publication", "china-asean", "publishNow", true));
            IssueStore issues = newsdesk.bean("issueStore", IssueStore.class);
            DeliveryLedger ledger = newsdesk.bean("deliveryLedger", DeliveryLedger.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> issues.latest("china-asean")
                            .map(i -> ledger.counts(i.id()).get("sent") >= 20)
                            .orElse(false));
            issueId = issues.latest("china-asean").map(Issue::id).orElseThrow();
        } finally {
            newsdesk.close();
        }

        settings.put("newsdesk.routes.reload-enabled", "false");
        try (RunningNewsdesk again = RunningNewsdesk.start(settings)) {
            Map<String, Integer> counts =
                    again.bean("deliveryLedger", DeliveryLedger.class).counts(issueId);
            assertThat(counts.get("sending")).as("left in sending").isZero();
            assertThat(counts.get("pending"))
                    .as("stopped before the end of the list")
                    .isPositive();
            assertThat(counts.get("sent") + counts.get("pending")).isEqualTo(SUBSCRIBERS);
            try (Stream<Path> mails = Files.list(work.resolve("outbox").resolve(issueId))) {
                assertThat(mails.filter(p -> p.toString().endsWith(".eml")).count())
                        .as("mails written = rows sent")
                        .isEqualTo(counts.get("sent").longValue());
            }
        }
    }
}
