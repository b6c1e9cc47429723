package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What editors did to items: who, when, what, and which values changed. Rows are only ever added. */
public class AuditLog {

    /** One entry; {@code changes} is one "field: before → after" line per changed value. */
    public record Entry(String itemId, String editor, Instant at, String action, String changes) {}

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    public void record(String itemId, String editor, String action, String changes) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO desk_audit (item_id, editor, at_time, action, changes) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, itemId);
                ps.setString(2, editor);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setString(4, action);
                ps.setString(5, changes);
                return ps.executeUpdate();
            }
        });
    }

    /** An item's entries, oldest first. */
    public List<Entry> forItem(String itemId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT item_id, editor, at_time, action, changes FROM desk_audit WHERE item_id = ? ORDER BY id")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Entry> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new Entry(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4),
                                rs.getString(5)));
                    }
                    return list;
                }
            }
        });
    }
}
