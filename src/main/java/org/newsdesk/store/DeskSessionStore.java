package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.shared.Sha256;

/**
 * The desk's sessions, shared by every process on the store. A session is found by its token (the
 * cookie's value), kept only as its SHA-256: whoever reads the table cannot present it.
 */
public class DeskSessionStore {

    /** The longest flash message kept; a longer one is cut there. */
    public static final int MAX_FLASH = 2000;

    /** One session as stored; {@code account} is null for the sign-in page's session. */
    public record Row(String account, String role, String email, String csrf, Instant createdAt, Instant lastSeen) {
        @Override
        public String toString() {
            // never the form's token
            return "Row[" + (account == null ? "not signed in" : account) + ", " + lastSeen + "]";
        }
    }

    private final Database db;

    public DeskSessionStore(Database db) {
        this.db = db;
    }

    public void create(String token, String account, String role, String email, String csrf, Instant at) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO desk_sessions (token_hash, account, role, email, csrf, created_at, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, hash(token));
                ps.setString(2, account);
                ps.setString(3, role);
                ps.setString(4, email);
                ps.setString(5, csrf);
                ps.setTimestamp(6, Timestamp.from(at));
                ps.setTimestamp(7, Timestamp.from(at));
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Row> find(String token) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT account, role, email, csrf, created_at, last_seen
                    FROM desk_sessions WHERE token_hash = ?""")) {
                ps.setString(1, hash(token));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Brings the session's last use forward to {@code seen}; a row already seen later (by another
     * process) is left as it is. False when there is no such session (any more).
     */
    public boolean touch(String token, Instant seen) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE desk_sessions SET last_seen = ? WHERE token_hash = ? AND last_seen < ?")) {
                ps.setTimestamp(1, Timestamp.from(seen));
                ps.setString(2, hash(token));
                ps.setTimestamp(3, Timestamp.from(seen));
                return ps.executeUpdate() == 1;
            }
        });
    }

    public void end(String token) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM desk_sessions WHERE token_hash = ?")) {
                ps.setString(1, hash(token));
                return ps.executeUpdate();
            }
        });
    }

    /** Leaves {@code message} for the session's next page, replacing one not yet shown. */
    public void flash(String token, String message) {
        String kept = message.length() <= MAX_FLASH ? message : message.substring(0, MAX_FLASH - 1) + "…";
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE desk_sessions SET flash = ? WHERE token_hash = ?")) {
                ps.setString(1, kept);
                ps.setString(2, hash(token));
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The session's flash message, gone from the store once returned: of several processes taking it
     * at once, one gets it. Empty when there is none.
     */
    public Optional<String> takeFlash(String token) {
        String hash = hash(token);
        return db.withConnection(c -> {
            // read first: most pages have no message, and then nothing is written
            for (int attempt = 0; attempt < 3; attempt++) {
                String message;
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT flash FROM desk_sessions WHERE token_hash = ?")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        message = rs.next() ? rs.getString(1) : null;
                    }
                }
                if (message == null) {
                    return Optional.empty();
                }
                // taken only if it is still this message: another process may have taken or replaced it
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE desk_sessions SET flash = NULL WHERE token_hash = ? AND flash = ?")) {
                    ps.setString(1, hash);
                    ps.setString(2, message);
                    if (ps.executeUpdate() == 1) {
                        return Optional.of(message);
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Deletes at most {@code maxRows} ended sessions: signed-in ones last seen before
     * {@code signedInBefore}, sign-in pages' ones last seen before {@code anonymousBefore} (which is
     * not earlier). Returns how many went.
     */
    public int sweep(Instant signedInBefore, Instant anonymousBefore, int maxRows) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    DELETE FROM desk_sessions WHERE token_hash IN (
                      SELECT token_hash FROM desk_sessions
                      WHERE last_seen < ? AND (account IS NULL OR last_seen < ?)
                      ORDER BY last_seen FETCH FIRST ? ROWS ONLY)""")) {
                ps.setTimestamp(1, Timestamp.from(anonymousBefore));
                ps.setTimestamp(2, Timestamp.from(signedInBefore));
                ps.setInt(3, maxRows);
                return ps.executeUpdate();
            }
        });
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant());
    }
}
