package org.newsdesk.ops;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.CamelContextStoppingEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a send pass stop between two mails when the service shuts down: the delivery route asks
 * {@link #open()} before each mail. Mails already being sent finish and are recorded; the rest stay
 * {@code pending} in the ledger for the next start, so nothing is left in {@code sending} and the
 * shutdown does not wait for a whole mailing list.
 */
public final class SendGate extends EventNotifierSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SendGate.class);

    private final CamelContext context;
    private final AtomicBoolean closed = new AtomicBoolean();

    public SendGate(CamelContext context) {
        this.context = context;
    }

    /** True while the service runs; false from the moment it starts to shut down. */
    public boolean open() {
        return !closed.get() && !context.isStopping() && !context.isStopped();
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelContextStoppingEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        if (closed.compareAndSet(false, true)) {
            LOG.info(
                    "Shutting down: mails being sent finish, the others stay pending in the ledger for the next start");
        }
    }
}
