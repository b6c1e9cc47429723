package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Editors' holds, kept in the store so every process sharing it agrees: a publication on hold makes
 * no issue at its scheduled fires, and its items wait.
 */
public class Holds {

    private final Database db;

    public Holds(Database db) {
        this.db = db;
    }

    public boolean held(String publication) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM holds WHERE publication = ?")) {
                ps.setString(1, publication);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public void hold(String publication) {
        if (held(publication)) {
            return;
        }
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO holds (publication, held_at) VALUES (?, ?)")) {
                    ps.setString(1, publication);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    return ps.executeUpdate();
                }
            });
        } catch (StoreException e) {
            if (!e.uniqueViolation()) {
                throw e;
            }
        }
    }

    public void release(String publication) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM holds WHERE publication = ?")) {
                ps.setString(1, publication);
                return ps.executeUpdate();
            }
        });
    }
}
