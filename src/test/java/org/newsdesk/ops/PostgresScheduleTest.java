package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * The schedule on PostgreSQL: Quartz's tables (db/vendor/postgresql) with the PostgreSQLDelegate hold
 * the trigger, and the cron alone publishes; after a restart across a missed fire time it fires once.
 */
class PostgresScheduleTest {

    @TempDir
    Path work;

    @Test
    void theScheduleIsKeptInPostgresqlAndFiresOnceAfterAMissedFireTime() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE newsdesk_ops");
            }
            ZonedDateTime fire =
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(8).withNano(0);
            Instant missed = fire.toInstant().plusSeconds(7);
            // fires at 'fire' while running, then at 'missed' while stopped
            // every minute at these two seconds; the test is over before either comes round again
            String cron = fire.getSecond() + "," + (missed.getEpochSecond() % 60) + " * * * * ?";
            Map<String, String> settings = RunningNewsdesk.quiet(work);
            settings.put("newsdesk.db.url", postgres.getJdbcUrl("postgres", "newsdesk_ops"));
            settings.put("newsdesk.db.user", "postgres");
            settings.put(
                    "newsdesk.publications-dir",
                    RunningNewsdesk.profileWithSchedule(work.resolve("publications"), "china-asean", cron, "UTC")
                            .toString());

            try (RunningNewsdesk first = RunningNewsdesk.start(settings)) {
                RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
                IssueStore issues = first.bean("issueStore", IssueStore.class);
                DeliveryLedger ledger = first.bean("deliveryLedger", DeliveryLedger.class);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> issues.all("china-asean").size() == 1
                                && ledger.counts(issues.all("china-asean")
                                                        .get(0)
                                                        .id())
                                                .get("sent")
                                        == 2);
                assertThat(ScheduledPublishTest.fireKeys(first.bean("database", Database.class)))
                        .containsExactly("china-asean@" + fire.toInstant());
                assertThat(triggerRows(first.bean("database", Database.class))).isEqualTo(1);
                // one more pending item for the missed fire to publish
                first.bean("itemStore", ItemStore.class).save(TestItems.pending("itm-for-the-missed-fire"));
                assertThat(Instant.now())
                        .as("stopping before the second fire time")
                        .isBefore(missed.minusSeconds(1));
            }
            await().pollInterval(Duration.ofMillis(200))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> Instant.now().isAfter(missed.plusSeconds(2)));

            FireCounter fires = new FireCounter("publish-schedule-china-asean");
            try (RunningNewsdesk second = RunningNewsdesk.start(settings, Map.of("fireCounter", fires))) {
                IssueStore issues = second.bean("issueStore", IssueStore.class);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> issues.all("china-asean").size() == 2);
                Thread.sleep(3000);
                assertThat(issues.all("china-asean"))
                        .extracting(i -> i.number())
                        .containsExactly(1, 2);
                assertThat(fires.fires()).isEqualTo(1);
            }
        }
    }

    private static int triggerRows(Database db) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT COUNT(*) FROM qrtz_cron_triggers WHERE trigger_name = 'china-asean'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
