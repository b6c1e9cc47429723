package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.domain.Subscriber;

/** Subscribers per publication. An address is kept once per publication, compared case-insensitively. */
public class SubscriberStore {

    private final Database db;

    public SubscriberStore(Database db) {
        this.db = db;
    }

    /** Adds a subscriber; an address already known keeps its status (an unsubscribe is never undone by an import). */
    public boolean add(String publication, String address, String name, String language) {
        String normalized = address.toLowerCase(Locale.ROOT);
        try {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO subscribers (publication, address, name, language, status, changed_at)
                        VALUES (?, ?, ?, ?, 'active', ?)""")) {
                    ps.setString(1, publication);
                    ps.setString(2, normalized);
                    ps.setString(3, name);
                    ps.setString(4, language);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                return false;
            }
            throw e;
        }
    }

    public List<Subscriber> list(String publication) {
        return query(
                "SELECT id, publication, address, name, language, status FROM subscribers WHERE publication = ? ORDER BY id",
                publication);
    }

    public List<Subscriber> active(String publication) {
        return query(
                "SELECT id, publication, address, name, language, status FROM subscribers WHERE publication = ? "
                        + "AND status = 'active' ORDER BY id",
                publication);
    }

    public Optional<Subscriber> find(long id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, publication, address, name, language, status FROM subscribers WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Subscriber> find(String publication, String address) {
        List<Subscriber> found = query(
                "SELECT id, publication, address, name, language, status FROM subscribers "
                        + "WHERE publication = ? AND address = ?",
                publication,
                address.toLowerCase(Locale.ROOT));
        return found.stream().findFirst();
    }

    /** Every subscription of one address, in all publications. */
    public List<Subscriber> byAddress(String address) {
        return query(
                "SELECT id, publication, address, name, language, status FROM subscribers WHERE LOWER(address) = LOWER(?)"
                        + " ORDER BY publication",
                address);
    }

    /** A reader's own name and language, as they set them. */
    public boolean setNameAndLanguage(long id, String name, String language) {
        return db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE subscribers SET name = ?, language = ?, changed_at = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setString(2, language);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setLong(4, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean setStatus(long id, String status) {
        return db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE subscribers SET status = ?, changed_at = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setLong(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Subscribers whose address or name holds {@code text} (any case; all when blank), of one status
     * (all when null), at most {@code limit}, by address.
     */
    public List<Subscriber> search(String publication, String text, String status, int limit) {
        String like = "%"
                + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, publication, address, name, language, status FROM subscribers WHERE publication = ?"
                            + " AND (LOWER(address) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(name, '')) LIKE ? ESCAPE '\\')"
                            + (status == null ? "" : " AND status = ?")
                            + " ORDER BY address")) {
                ps.setString(1, publication);
                ps.setString(2, like);
                ps.setString(3, like);
                if (status != null) {
                    ps.setString(4, status);
                }
                ps.setMaxRows(limit);
                List<Subscriber> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(map(rs));
                    }
                }
                return list;
            }
        });
    }

    /** How many subscribers of the publication have each status (active, unsubscribed, bounced). */
    public java.util.Map<String, Integer> countByStatus(String publication) {
        return db.withConnection(c -> {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (String st : List.of("active", "unsubscribed", "bounced")) {
                counts.put(st, 0);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, COUNT(*) FROM subscribers WHERE publication = ? GROUP BY status")) {
                ps.setString(1, publication);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    private List<Subscriber> query(String sql, String... params) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                List<Subscriber> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(map(rs));
                    }
                }
                return list;
            }
        });
    }

    private static Subscriber map(ResultSet rs) throws java.sql.SQLException {
        return new Subscriber(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
