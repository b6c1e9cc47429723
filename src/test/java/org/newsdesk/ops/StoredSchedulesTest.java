package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

/** The schedules kept in the store follow the profiles: a removed publication stops, a new time zone applies. */
class StoredSchedulesTest {

    @TempDir
    Path work;

    @Test
    void aRestartDropsTheScheduleOfARemovedProfileAndMovesAChangedTimeZone() throws Exception {
        Path publications = work.resolve("publications");
        RunningNewsdesk.profileWithSchedule(publications, "lmec", "0 0 9 ? * FRI", "Asia/Shanghai");
        RunningNewsdesk.profileWithSchedule(publications, "china-asean", "0 0 9 1 * ?", "Asia/Shanghai");
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.publications-dir", publications.toString());

        try (RunningNewsdesk first = RunningNewsdesk.start(settings)) {
            assertThat(scheduler(first).getTrigger(TriggerKey.triggerKey("china-asean", "publish")))
                    .isNotNull();
        }

        Files.delete(publications.resolve("china-asean.yaml"));
        RunningNewsdesk.profileWithSchedule(publications, "lmec", "0 0 9 ? * FRI", "Europe/Paris");
        try (RunningNewsdesk second = RunningNewsdesk.start(settings)) {
            Scheduler scheduler = scheduler(second);
            assertThat(scheduler.getTrigger(TriggerKey.triggerKey("china-asean", "publish")))
                    .isNull();
            CronTrigger lmec = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("lmec", "publish"));
            assertThat(lmec.getTimeZone().getID()).isEqualTo("Europe/Paris");
            assertThat(lmec.getNextFireTime()
                            .toInstant()
                            .atZone(java.time.ZoneId.of("Europe/Paris"))
                            .getHour())
                    .isEqualTo(9);
        }
    }

    private static Scheduler scheduler(RunningNewsdesk newsdesk) {
        return newsdesk.context().getComponent("quartz", QuartzComponent.class).getScheduler();
    }
}
