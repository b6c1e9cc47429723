package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** The publication's cron alone makes the issue and delivers it; nobody calls publish. */
class ScheduledPublishTest {

    @TempDir
    Path work;

    @Test
    void aCronAFewSecondsAheadMakesAndDeliversTheIssueByItself() throws Exception {
        // far enough ahead that a slow start on a busy machine still reads the note before the fire time
        ZonedDateTime fire = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30).withNano(0);
        String cron = fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * ?";
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put(
                "newsdesk.publications-dir",
                RunningNewsdesk.profileWithSchedule(work.resolve("publications"), "china-asean", cron, "UTC")
                        .toString());

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            IssueStore issues = newsdesk.bean("issueStore", IssueStore.class);
            DeliveryLedger ledger = newsdesk.bean("deliveryLedger", DeliveryLedger.class);

            await().atMost(Duration.ofSeconds(25)).until(() -> items.count("china-asean", "pending") == 1);
            assertThat(issues.all("china-asean"))
                    .as("nothing is published before the fire time")
                    .isEmpty();
            assertThat(Instant.now()).isBefore(fire.toInstant());

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> issues.all("china-asean").size() == 1
                            && ledger.counts(issues.all("china-asean").get(0).id())
                                            .get("sent")
                                    == 2);
            Issue issue = issues.all("china-asean").get(0);
            assertThat(issue.number()).isEqualTo(1);
            assertThat(fireKeys(newsdesk.bean("database", Database.class)))
                    .containsExactly("china-asean@" + fire.toInstant());
            try (Stream<Path> mails = Files.list(work.resolve("outbox").resolve(issue.id()))) {
                assertThat(mails.filter(p -> p.toString().endsWith(".eml")).count())
                        .isEqualTo(2);
            }
        }
    }

    static List<String> fireKeys(Database database) {
        return database.withConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT fire_key FROM issues ORDER BY created_at")) {
                List<String> keys = new java.util.ArrayList<>();
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
                return keys;
            }
        });
    }
}
