package org.newsdesk.ops;

import java.util.Map;
import java.util.TimeZone;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the triggers kept in the store in line with config/publications once the schedule routes
 * exist. camel-quartz reuses a stored trigger unless its cron changed, so: a publication whose profile
 * is gone (or has no schedule) loses its trigger, which would otherwise fire into no route; a
 * publication whose time zone changed gets its trigger in the new zone.
 */
final class StoredSchedules implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(StoredSchedules.class);
    /** The trigger group of routes/publish.camel.yaml: quartz:publish/{{publication}}. */
    static final String GROUP = "publish";

    private final Map<String, String> timeZones;

    /** @param timeZones the time zone of every publication that has a schedule now */
    StoredSchedules(Map<String, String> timeZones) {
        this.timeZones = Map.copyOf(timeZones);
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the schedule routes are added once the context is fully started (PublicationSchedules)
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws SchedulerException {
        if (!(context.hasComponent("quartz") instanceof QuartzComponent quartz) || quartz.getScheduler() == null) {
            return;
        }
        Scheduler scheduler = quartz.getScheduler();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            String zone = timeZones.get(key.getName());
            Trigger stored = scheduler.getTrigger(key);
            if (zone == null) {
                scheduler.unscheduleJob(key);
                LOG.info(
                        "Schedule of publication {} removed from the store: it has no profile with a schedule any more",
                        key.getName());
            } else if (stored instanceof CronTrigger cron
                    && !cron.getTimeZone()
                            .getID()
                            .equals(TimeZone.getTimeZone(zone).getID())) {
                Trigger moved = cron.getTriggerBuilder()
                        .withSchedule(CronScheduleBuilder.cronSchedule(cron.getCronExpression())
                                .inTimeZone(TimeZone.getTimeZone(zone))
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
                scheduler.rescheduleJob(key, moved);
                LOG.info(
                        "Schedule of publication {} moved from {} to {}: next fire {}",
                        key.getName(),
                        cron.getTimeZone().getID(),
                        zone,
                        moved.getNextFireTime());
            } else if (stored != null) {
                // the trigger as the store keeps it (Camel's own line reports a trigger it did not use: "null")
                LOG.info("Schedule of publication {}: next fire {}", key.getName(), stored.getNextFireTime());
            }
        }
    }
}
