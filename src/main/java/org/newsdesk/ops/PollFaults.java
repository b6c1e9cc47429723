package org.newsdesk.ops;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.util.URISupport;
import org.newsdesk.shared.FaultLog;
import org.slf4j.LoggerFactory;

/**
 * The poll strategy and exception handler of the mailbox consumers (routes name it {@code #pollFaults}):
 * a poll that fails (server down, wrong password, untrusted certificate) is logged as one line with
 * the endpoint and the reason, then a count per minute while it goes on, and once when a poll
 * succeeds again; never Camel's stack trace at every poll.
 */
public final class PollFaults implements PollingConsumerPollStrategy, ExceptionHandler {

    private final FaultLog faults;

    public PollFaults(Clock clock) {
        this(new FaultLog(LoggerFactory.getLogger(PollFaults.class), clock, Duration.ofMinutes(1)));
    }

    PollFaults(FaultLog faults) {
        this.faults = faults;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String what = what(endpoint);
        if (faults.failing(what)) {
            faults.recovered(what);
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        faults.fault(what(endpoint), FaultLog.reason(cause) + "; polled again at the next interval");
        // not at once: the consumer's own delay spaces the attempts
        return false;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (message != null && message.startsWith("Failed polling endpoint")) {
            // rollback above has said it
            return;
        }
        String what = exchange != null && exchange.getFromRouteId() != null
                ? "Route " + exchange.getFromRouteId() + " failed"
                : "A mailbox consumer failed";
        faults.fault(what, FaultLog.reason(exception));
    }

    private static String what(Endpoint endpoint) {
        return "Polling " + URISupport.sanitizeUri(endpoint.getEndpointBaseUri()) + " failed";
    }
}
