package org.newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.newsdesk.shared.FaultLog;
import org.slf4j.LoggerFactory;

/**
 * The store's connection pool, migrated by Flyway on open. H2 in a file under {@code data/} by default,
 * PostgreSQL when a {@code jdbc:postgresql:} URL is configured (password from the environment).
 */
public final class Database implements AutoCloseable {

    /** What the log calls an outage of the store (once, then a count per minute, then its end). */
    static final String FAULT = "The store cannot be used";

    private final HikariDataSource dataSource;
    private final FaultLog faults =
            new FaultLog(LoggerFactory.getLogger(Database.class), Clock.systemUTC(), Duration.ofMinutes(1));

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
        String fileUrl =
                "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        // the lent store (StoreServer) is reachable by any local process: its password is in a file
        // only the owner can read, made at the first start
        String password = StoreServer.password(folder);
        try {
            return open(fileUrl, "sa", password);
        } catch (RuntimeException e) {
            if (wrongPassword(e) && adoptPassword(fileUrl, password)) {
                return open(fileUrl, "sa", password);
            }
            java.util.OptionalInt port = StoreServer.portOf(folder);
            if (!inUse(e) || port.isEmpty()) {
                throw e;
            }
            return open(
                    "jdbc:h2:tcp://localhost:" + port.getAsInt() + "/" + file
                            + ";LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0",
                    "sa",
                    password);
        }
    }

    /** A store made before it had a password (empty): it takes the generated one. */
    private static boolean adoptPassword(String fileUrl, String password) {
        try (Connection c = java.sql.DriverManager.getConnection(fileUrl, "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER USER SA SET PASSWORD '" + password.replace("'", "''") + "'");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 28000) {
                return true;
            }
        }
        return false;
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
                recovered();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                resetQuietly(c);
            }
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    public <T> T withConnection(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            T result = work.run(c);
            recovered();
            return result;
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    /**
     * Writes a fresh token to the heartbeat row and reads it back in one transaction: the store can be
     * written and read. Each statement waits at most {@code timeoutSeconds}.
     */
    public void roundTrip(int timeoutSeconds) {
        String token = java.util.UUID.randomUUID().toString();
        String read = inTransaction(c -> {
            try (java.sql.PreparedStatement update =
                    c.prepareStatement("UPDATE heartbeat SET token = ?, beat_at = CURRENT_TIMESTAMP WHERE id = 1")) {
                update.setQueryTimeout(timeoutSeconds);
                update.setString(1, token);
                update.executeUpdate();
            }
            try (java.sql.PreparedStatement select = c.prepareStatement("SELECT token FROM heartbeat WHERE id = 1")) {
                select.setQueryTimeout(timeoutSeconds);
                try (java.sql.ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (!token.equals(read)) {
            throw new StoreException("the heartbeat row written was not read back");
        }
    }

    /**
     * A failure of the store itself (its file cannot be written, the server went away) also retires
     * every idle connection, so that H2 can close the broken database and the next connection
     * reopens it once the file is writable again.
     */
    private StoreException fault(SQLException e) {
        if (StoreFaults.broken(e)) {
            dataSource.getHikariPoolMXBean().softEvictConnections();
            faults.fault(FAULT, FaultLog.reason(e));
        }
        return new StoreException(e);
    }

    private void recovered() {
        if (faults.failing(FAULT)) {
            faults.recovered(FAULT);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // a broken connection cannot roll back; the database drops the transaction with it
            cause.addSuppressed(e);
        }
    }

    private static void resetQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the pool resets or evicts the connection on return
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
