package org.newsdesk.ops;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/** When a publication's schedule fires next after a given instant, by the same rules Quartz uses. */
final class NextFireTime {

    private NextFireTime() {}

    /** The next fire time, or null when there is no schedule or it never fires again. */
    static Instant after(String cron, String timeZone, Instant from) {
        if (cron == null || cron.isBlank()) {
            return null;
        }
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(timeZone == null ? "UTC" : timeZone));
            Date next = expression.getNextValidTimeAfter(Date.from(from));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "The schedule \"" + cron + "\" is not a Quartz cron expression: " + e.getMessage(), e);
        }
    }
}
