package org.newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's connection pool, migrated by Flyway on open. H2 in a file under {@code data/} by default,
 * PostgreSQL when a {@code jdbc:postgresql:} URL is configured (password from the environment).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(8);
        config.setPoolName("newsdesk-store");
        config.setAutoCommit(true);
        HikariDataSource ds = new HikariDataSource(config);
        // db/vendor/<database> holds what cannot be written in the SQL common to H2 and PostgreSQL (Quartz's tables)
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load()
                .migrate();
        return new Database(ds);
    }

    /**
     * The embedded default: an H2 file database in {@code folder}. When a running service has the file
     * open, a command (such as {@code users add}) reaches the same store through the service's local
     * store server ({@link StoreServer}), whose port the service left in the folder.
     */
    public static Database embedded(java.nio.file.Path folder) {
        String file = folder.toAbsolutePath().resolve("newsdesk").toString();
        try {
            return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0", "sa", "");
        } catch (RuntimeException e) {
            java.util.OptionalInt port = StoreServer.portOf(folder);
            if (!inUse(e) || port.isEmpty()) {
                throw e;
            }
            return open("jdbc:h2:tcp://localhost:" + port.getAsInt() + "/" + file + ";LOCK_TIMEOUT=10000", "sa", "");
        }
    }

    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Database may be already in use") || m.contains("Locked by another process")) {
                return true;
            }
        }
        return false;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean postgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> T withConnection(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Work against one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
