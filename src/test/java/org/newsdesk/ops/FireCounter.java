package org.newsdesk.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * How often a schedule route fired: the distinct Quartz fire times of the exchanges it completed
 * (the split into one exchange per subscriber copies the fire time, so a fire counts once).
 */
final class FireCounter extends EventNotifierSupport {

    private final String routeId;
    private final Set<Object> fireTimes = ConcurrentHashMap.newKeySet();

    FireCounter(String routeId) {
        this.routeId = routeId;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeCompletedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((ExchangeCompletedEvent) event).getExchange();
        Object fireTime = exchange.getMessage().getHeader("fireTime");
        if (routeId.equals(exchange.getFromRouteId()) && fireTime != null) {
            fireTimes.add(fireTime);
        }
    }

    int fires() {
        return fireTimes.size();
    }
}
