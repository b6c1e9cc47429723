package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Read-only counts over the whole store, for metrics: items by status, issues, deliveries by status. */
public final class StoreCounts {

    private final Database db;

    public StoreCounts(Database db) {
        this.db = db;
    }

    public long items(String status) {
        return count("SELECT COUNT(*) FROM items WHERE status = ?", status);
    }

    public long issues() {
        return count("SELECT COUNT(*) FROM issues", null);
    }

    public long deliveries(String status) {
        return count("SELECT COUNT(*) FROM deliveries WHERE status = ?", status);
    }

    private long count(String sql, String parameter) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
