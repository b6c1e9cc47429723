package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.shared.Sha256;

/**
 * Failed sign-ins at the desk, counted in the store so that every process sharing it counts the same
 * ones. Each failure is kept against its subjects ("name:mei.lin", "address:10.0.0.1"), stored only as
 * their SHA-256.
 */
public class SignInFailures {

    private final Database db;

    public SignInFailures(Database db) {
        this.db = db;
    }

    /** One failure at {@code at}, counted against each of {@code subjects}. */
    public void record(Instant at, String... subjects) {
        db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO desk_sign_in_failures (subject_hash, failed_at) VALUES (?, ?)")) {
                for (String subject : subjects) {
                    ps.setString(1, Sha256.hex(subject));
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /**
     * When the {@code n}-th most recent failure of {@code subject} at or after {@code since} happened;
     * empty when there are fewer than {@code n}. A limit of n failures is lifted when that one leaves
     * the window.
     */
    public Optional<Instant> nthLatestSince(String subject, Instant since, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT failed_at FROM desk_sign_in_failures
                    WHERE subject_hash = ? AND failed_at >= ?
                    ORDER BY failed_at DESC OFFSET ? ROWS FETCH FIRST 1 ROW ONLY""")) {
                ps.setString(1, Sha256.hex(subject));
                ps.setTimestamp(2, Timestamp.from(since));
                ps.setInt(3, n - 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
                }
            }
        });
    }

    /** Forgets every failure of {@code subject}. */
    public void clear(String subject) {
        db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM desk_sign_in_failures WHERE subject_hash = ?")) {
                ps.setString(1, Sha256.hex(subject));
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes at most {@code maxRows} failures from before {@code before}; returns how many went. */
    public int sweep(Instant before, int maxRows) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM desk_sign_in_failures WHERE id IN (
                      SELECT id FROM desk_sign_in_failures WHERE failed_at < ?
                      ORDER BY failed_at FETCH FIRST ? ROWS ONLY)""")) {
                ps.setTimestamp(1, Timestamp.from(before));
                ps.setInt(2, maxRows);
                return ps.executeUpdate();
            }
        });
    }
}
