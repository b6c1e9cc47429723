package org.newsdesk.store;

/**
 * A fresh, migrated store on one database product, handed to a store test as its argument. JUnit
 * closes it after the test: the pool is closed and a PostgreSQL test database dropped.
 */
public record StoreBackend(String name, Database db, Runnable cleanup) implements AutoCloseable {

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
