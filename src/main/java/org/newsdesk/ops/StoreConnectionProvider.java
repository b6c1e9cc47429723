package org.newsdesk.ops;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz connections from the store's own pool, so the schedules live in the same database as
 * the issues they make. The pool belongs to the store: Quartz shutting down must not close it.
 */
final class StoreConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;

    StoreConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the store closes its pool when Camel stops
    }

    @Override
    public void initialize() {
        // the pool is open already
    }
}
