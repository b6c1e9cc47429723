package org.newsdesk.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.CamelContextStoppingEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the Quartz scheduler in standby as soon as the service starts to shut down. Camel stops the
 * routes first (waiting for work in flight) and Quartz last; a trigger firing in between would find
 * no route, count as fired and be lost. In standby it does not fire: it stays due in the store and
 * misfires, so the next start fires it once.
 */
final class ScheduleStandby extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleStandby.class);

    private final CamelContext context;

    ScheduleStandby(CamelContext context) {
        this.context = context;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelContextStoppingEvent;
    }

    @Override
    public void notify(CamelEvent event) throws SchedulerException {
        QuartzComponent quartz = context.hasComponent("quartz") instanceof QuartzComponent q ? q : null;
        Scheduler scheduler = quartz == null ? null : quartz.getScheduler();
        if (scheduler != null && scheduler.isStarted() && !scheduler.isShutdown()) {
            scheduler.standby();
            LOG.info("Schedules paused for shutdown: a fire time passing now is made up at the next start");
        }
    }
}
