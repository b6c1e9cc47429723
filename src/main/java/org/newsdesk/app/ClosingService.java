package org.newsdesk.app;

import org.apache.camel.support.service.ServiceSupport;

/** Closes a resource (the database pool, SMTP connections) when Camel stops. */
final class ClosingService extends ServiceSupport {

    private final AutoCloseable resource;

    ClosingService(AutoCloseable resource) {
        this.resource = resource;
    }

    @Override
    protected void doStop() throws Exception {
        resource.close();
    }
}
