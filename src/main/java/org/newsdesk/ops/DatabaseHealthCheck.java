package org.newsdesk.ops;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.newsdesk.store.Database;

/** The store answers: a connection from the pool is valid within two seconds. */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final Database database;

    public DatabaseHealthCheck(Database database) {
        super("newsdesk", "database");
        this.database = database;
    }

    @Override
    public boolean isLiveness() {
        // a database outage is not cured by restarting newsdesk; readiness says it
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("database", database.postgres() ? "postgresql" : "h2");
        try {
            boolean valid = database.withConnection(c -> c.isValid(2));
            if (valid) {
                builder.up();
            } else {
                builder.message("the database did not answer within 2 s").down();
            }
        } catch (RuntimeException e) {
            builder.message("the database cannot be reached: " + e.getMessage()).down();
        }
    }
}
