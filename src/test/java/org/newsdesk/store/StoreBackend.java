package org.newsdesk.store;

/**
 * A fresh, migrated store on one database product, handed to a store test as its argument. JUnit
 * closes it after the test: the pool is closed and a PostgreSQL test database dropped.
 */
public record StoreBackend(String name, Database db, String url, String user, Runnable cleanup)
        implements AutoCloseable {

    /**
     * A second connection pool on the same database, as a second newsdesk process sharing the store
     * would have (for H2, a second pool in the same JVM). The caller closes it.
     */
    public Database openSecondPool() {
        // the same credentials as the first (the embedded store has a generated password)
        return Database.open(url, user, ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getPassword());
    }

    @Override
    public void close() {
        db.close();
        cleanup.run();
    }

    @Override
    public String toString() {
        return name;
    }
}
