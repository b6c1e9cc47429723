package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The services running on this store: each beats its row every few seconds with the single-active
 * routes it leads, and removes it when it stops. A row whose beat is old belongs to an instance that
 * died; it is shown as gone, then forgotten.
 */
public class Instances {

    /** One instance as last beaten: its id ({@code host/pid/start}) and the routes it led then. */
    public record Seen(String id, Instant startedAt, Instant seenAt, List<String> leads) {

        /** {@code pid@host}, as the JVM names itself. */
        public String name() {
            String[] parts = id.split("/");
            return parts.length == 3 ? parts[1] + "@" + parts[0] : id;
        }
    }

    private final Database db;

    public Instances(Database db) {
        this.db = db;
    }

    /** Records that {@code id} is alive at {@code now} and leads {@code leads}. */
    public void beat(String id, Instant startedAt, Instant now, Collection<String> leads) {
        String led = String.join(",", leads);
        int updated = db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE instances SET seen_at = ?, leads = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, led);
                ps.setString(3, id);
                return ps.executeUpdate();
            }
        });
        if (updated > 0) {
            return;
        }
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO instances (id, started_at, seen_at, leads) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, id);
                    ps.setTimestamp(2, Timestamp.from(startedAt));
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setString(4, led);
                    return ps.executeUpdate();
                }
            });
        } catch (StoreException e) {
            // the row was inserted between the update and here: the next beat updates it
            if (!e.uniqueViolation()) {
                throw e;
            }
        }
    }

    /** Every instance that beat since {@code since}, oldest first. */
    public List<Seen> seenSince(Instant since) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, started_at, seen_at, leads FROM instances WHERE seen_at >= ? ORDER BY started_at, id")) {
                ps.setTimestamp(1, Timestamp.from(since));
                List<Seen> seen = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String leads = rs.getString(4);
                        seen.add(new Seen(
                                rs.getString(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant(),
                                leads.isBlank() ? List.of() : Arrays.asList(leads.split(","))));
                    }
                }
                return seen;
            }
        });
    }

    /** The instance stopped: its row goes. */
    public void leave(String id) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM instances WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets instances not seen since {@code before} (dead ones); returns how many. */
    public int forgetBefore(Instant before) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM instances WHERE seen_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(before));
                return ps.executeUpdate();
            }
        });
    }
}
