package org.newsdesk.store;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * The store on both products it runs on: the embedded H2 file database (the default) and a real
 * PostgreSQL. One PostgreSQL server is started per test JVM (1-3 s) and each test gets a database of
 * its own, so tests never see each other's rows and Flyway migrates every one from scratch.
 */
public final class StoreBackends implements ArgumentsProvider {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        // lazily: the PostgreSQL database is made only when its invocation runs
        return Stream.<Supplier<StoreBackend>>of(StoreBackends::h2, StoreBackends::postgres)
                .map(s -> Arguments.of(s.get()));
    }

    /** H2 exactly as the default configuration opens it: a file database in a fresh folder. */
    public static StoreBackend h2() {
        try {
            Path folder = Files.createTempDirectory("store-h2-");
            Database db = Database.embedded(folder);
            // the URL exactly as the default configuration builds it, for a second pool on the same file
            String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
            return new StoreBackend("h2", db, url, "sa", () -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database on the shared PostgreSQL server, opened by JDBC URL and user as in production. */
    public static StoreBackend postgres() {
        EmbeddedPostgres server = server();
        String name = "store_test_" + COUNTER.incrementAndGet();
        admin(server, "CREATE DATABASE " + name);
        String url = server.getJdbcUrl("postgres", name);
        Database db = Database.open(url, "postgres", null);
        return new StoreBackend(
                "postgres",
                db,
                url,
                "postgres",
                () -> admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data folder is under target/
                }
            }));
        }
        return postgres;
    }

    private static void admin(EmbeddedPostgres server, String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
