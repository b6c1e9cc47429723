package org.newsdesk.deliver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsdesk.store.Database;

/** The same ledger behaviour on PostgreSQL, the database several instances share; a fresh database per test. */
class DeliveryLedgerOnPostgresTest extends DeliveryLedgerTest {

    static EmbeddedPostgres postgres;
    static final AtomicInteger COUNTER = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    Database newDatabase() {
        String name = "ledger_" + COUNTER.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", null);
    }
}
