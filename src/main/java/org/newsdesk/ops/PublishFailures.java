package org.newsdesk.ops;

import java.time.Clock;
import java.time.Duration;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.shared.FaultLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publish and delivery routes' failures (routes/errors.camel.yaml, {@code publish-errors}): each
 * line names the route, the publication and the issue when known, and the reason; the same failure
 * repeating (the resume timer during an outage) is one line, then a count per minute.
 */
public final class PublishFailures {

    private final FaultLog faults;

    public PublishFailures(Clock clock) {
        this(LoggerFactory.getLogger(PublishFailures.class), clock);
    }

    PublishFailures(Logger log, Clock clock) {
        this.faults = new FaultLog(log, clock, Duration.ofMinutes(1));
    }

    public void log(String routeId, String publication, Object renderedIssue, Throwable error) {
        StringBuilder what = new StringBuilder();
        if (renderedIssue instanceof RenderedIssue rendered) {
            what.append("Sending issue ")
                    .append(rendered.issue().id())
                    .append(" of ")
                    .append(rendered.issue().publication());
        } else if (publication != null && !publication.isBlank()) {
            what.append("Publishing ").append(publication);
        } else {
            what.append("Publishing");
        }
        what.append(" failed (route ").append(routeId).append(")");
        faults.fault(what.toString(), FaultLog.reason(error));
    }
}
