package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Item;
import org.newsdesk.shared.Json;

/** Items in the store. An item is stored once: the same note read twice finds its id already there. */
public class ItemStore {

    /** What became of an item handed to {@link #save}. */
    public enum Saved {
        PENDING,
        HELD,
        DUPLICATE
    }

    private final Database db;

    /** A pending item moved to a later issue, and how many issues it still waits out. */
    public record Waiting(Item item, int issuesLeft) {}

    public ItemStore(Database db) {
        this.db = db;
    }

    public Saved save(Item item) {
        String status = item.needsReview() ? "held" : "pending";
        try {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO items (id, publication, status, schema_version, title, event_date, source_file,
                                           source_sha256, received_at, item_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    ps.setString(1, item.id());
                    ps.setString(2, item.publication());
                    ps.setString(3, status);
                    ps.setInt(4, item.schema());
                    ps.setString(5, truncate(item.title(), 1000));
                    ps.setDate(6, item.date() == null ? null : Date.valueOf(item.date()));
                    ps.setString(
                            7,
                            item.source() == null
                                    ? null
                                    : truncate(item.source().file(), 300));
                    ps.setString(8, item.source() == null ? "" : item.source().sha256());
                    ps.setTimestamp(
                            9,
                            Timestamp.from(
                                    item.source() == null || item.source().received() == null
                                            ? Instant.now()
                                            : item.source().received()));
                    ps.setString(10, toJson(item));
                    ps.executeUpdate();
                }
                return item.needsReview() ? Saved.HELD : Saved.PENDING;
            });
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                return Saved.DUPLICATE;
            }
            throw e;
        }
    }

    public List<Item> withStatus(String publication, String status) {
        return db.withConnection(c -> withStatus(c, publication, status, false));
    }

    /** The pending items of a publication in arrival order, read inside the caller's transaction. */
    public List<Item> pending(Connection c, String publication) throws SQLException {
        return withStatus(c, publication, "pending", false);
    }

    /**
     * Items of one status; pending ones are those for the next issue (not those moved to a later one),
     * in the editor's order and then in arrival order.
     */
    List<Item> withStatus(Connection c, String publication, String status, boolean any) throws SQLException {
        String sql = "SELECT item_json FROM items WHERE status = ?"
                + (publication == null ? "" : " AND publication = ?")
                + ("pending".equals(status) ? " AND skip_issues = 0" : "")
                + " ORDER BY CASE WHEN desk_position IS NULL THEN 1 ELSE 0 END, desk_position, received_at, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            if (publication != null) {
                ps.setString(2, publication);
            }
            List<Item> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(fromJson(rs.getString(1)));
                }
            }
            return items;
        }
    }

    public Optional<Item> find(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_json FROM items WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public Optional<String> statusOf(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM items WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Marks items published for an issue; true only when every one was still pending, so two
     * assemblies can never put the same item in two issues.
     */
    public boolean markPublished(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE items SET status = 'published' WHERE id = ? AND status = 'pending'")) {
            for (String id : ids) {
                ps.setString(1, id);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The pending items moved to a later issue, with how many issues each still waits out. */
    public List<Waiting> waiting(String publication) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT item_json, skip_issues FROM items WHERE status = 'pending' AND publication = ?"
                            + " AND skip_issues > 0 ORDER BY received_at, id")) {
                ps.setString(1, publication);
                List<Waiting> waiting = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waiting.add(new Waiting(fromJson(rs.getString(1)), rs.getInt(2)));
                    }
                }
                return waiting;
            }
        });
    }

    /** An issue was made: items moved to a later issue come one issue nearer. */
    public void countDownWaiting(Connection c, String publication) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE items SET skip_issues = skip_issues - 1"
                + " WHERE publication = ? AND status = 'pending' AND skip_issues > 0")) {
            ps.setString(1, publication);
            ps.executeUpdate();
        }
    }

    /** Moves a pending item out of the next issue into the one after; false when it is not pending. */
    public boolean moveToLaterIssue(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE items SET skip_issues = skip_issues + 1 WHERE id = ? AND status = 'pending'")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Brings an item moved to a later issue back into the next one. */
    public boolean bringToNextIssue(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE items SET skip_issues = 0 WHERE id = ? AND status = 'pending'")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The editor's order of a publication's pending items: the ids given, first to last. */
    public void reorder(String publication, List<String> ids) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE items SET desk_position = ? WHERE id = ? AND publication = ? AND status = 'pending'")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setInt(1, i + 1);
                    ps.setString(2, ids.get(i));
                    ps.setString(3, publication);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Held → rejected, with the editor's reason; false when the item is not held. */
    public boolean reject(String id, String reason) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE items SET status = 'rejected', reject_reason = ? WHERE id = ? AND status = 'held'")) {
                ps.setString(1, truncate(reason, 1000));
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Why an item was rejected, when an editor said. */
    public Optional<String> rejectReason(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT reject_reason FROM items WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets an item's status (review: release a held item to pending, or reject it). */
    public boolean changeStatus(String id, String from, String to) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = ? WHERE id = ? AND status = ?")) {
                ps.setString(1, to);
                ps.setString(2, id);
                ps.setString(3, from);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public int count(String publication, String status) {
        return db.withConnection(c -> {
            String sql =
                    "SELECT COUNT(*) FROM items WHERE status = ?" + (publication == null ? "" : " AND publication = ?");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, status);
                if (publication != null) {
                    ps.setString(2, publication);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Item fromJson(String json) {
        try {
            return Json.mapper().readValue(json, Item.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored item JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Replaces a held item with the editor's corrected version; true when a held item with this id was replaced. */
    public boolean replaceHeld(Item item) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE items SET publication = ?, title = ?, event_date = ?, item_json = ?
                    WHERE id = ? AND status = 'held'""")) {
                ps.setString(1, item.publication());
                ps.setString(
                        2,
                        item.title() == null || item.title().length() <= 1000
                                ? item.title()
                                : item.title().substring(0, 1000));
                ps.setDate(3, item.date() == null ? null : Date.valueOf(item.date()));
                ps.setString(4, json);
                ps.setString(5, item.id());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
