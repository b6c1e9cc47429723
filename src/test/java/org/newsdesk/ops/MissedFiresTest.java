package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.Database;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;
import org.newsdesk.testing.StandardErrorCapture;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/**
 * The service is down across two fire times of a publication's schedule; restarted, it fires once
 * (the schedule is in the store, the misfire instruction is "fire once now") and makes one issue.
 */
class MissedFiresTest {

    private static final String ROUTE = "publish-schedule-china-asean";

    @TempDir
    Path work;

    @Test
    void aRestartAfterTwoMissedFireTimesMakesExactlyOneIssue() throws Exception {
        // far enough ahead for the first instance to start, take the note and stop on a busy machine
        Instant firstFire = Instant.now().plusSeconds(45);
        Instant secondFire = firstFire.plusSeconds(2);
        long s1 = firstFire.getEpochSecond() % 60;
        long s2 = secondFire.getEpochSecond() % 60;
        // both fire times fall while the service is stopped; the next regular one is a minute later
        String cron = s1 + "," + s2 + " * * * * ?";
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put(
                "newsdesk.publications-dir",
                RunningNewsdesk.profileWithSchedule(work.resolve("publications"), "china-asean", cron, "UTC")
                        .toString());

        try (RunningNewsdesk first = RunningNewsdesk.start(settings)) {
            RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
            ItemStore items = first.bean("itemStore", ItemStore.class);
            await().atMost(Duration.ofSeconds(40)).until(() -> items.count("china-asean", "pending") == 1);
        }
        assertThat(Instant.now()).as("stopped before the first fire time").isBefore(firstFire);

        await().pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(60))
                .until(() -> Instant.now().isAfter(secondFire.plusSeconds(2)));

        FireCounter fires = new FireCounter(ROUTE);
        Instant restart = Instant.now();
        try (StandardErrorCapture log = new StandardErrorCapture();
                RunningNewsdesk second = RunningNewsdesk.start(settings, Map.of("fireCounter", fires))) {
            // the trigger kept in the store is the one that fires: the route's unused one is not reported
            assertThat(log.text()).doesNotContain("Next fire date is null");
            IssueStore issues = second.bean("issueStore", IssueStore.class);
            Database db = second.bean("database", Database.class);
            // a second catch-up fire would still be due (next fire time not ahead) or acquired or running
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> issues.all("china-asean").size() == 1
                            && db.withConnection(c -> StoredTrigger.firedUpTo(c, "china-asean", Instant.now())));

            List<Issue> all = issues.all("china-asean");
            assertThat(all).hasSize(1);
            assertThat(all.get(0).number()).isEqualTo(1);
            assertThat(fires.fires()).as("fires after the restart").isEqualTo(1);
            List<String> keys = ScheduledPublishTest.fireKeys(second.bean("database", Database.class));
            assertThat(keys).hasSize(1);
            Instant firedFor = Instant.parse(keys.get(0).substring("china-asean@".length()));
            assertThat(firedFor)
                    .as("fired once at the restart, not for each missed time")
                    .isAfter(restart.minusSeconds(1));

            Trigger trigger = second.context()
                    .getComponent("quartz", QuartzComponent.class)
                    .getScheduler()
                    .getTrigger(TriggerKey.triggerKey("china-asean", "publish"));
            assertThat(trigger.getMisfireInstruction()).isEqualTo(1);
            assertThat(trigger.getNextFireTime().toInstant()).isAfter(Instant.now());
        }
    }
}
