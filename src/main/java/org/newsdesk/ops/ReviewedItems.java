package org.newsdesk.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Date;
import java.sql.PreparedStatement;
import org.newsdesk.domain.Item;
import org.newsdesk.store.Database;
import org.newsdesk.store.Json;

/** Replaces a held item with the editor's corrected version; the item stays held until released. */
final class ReviewedItems {

    private final Database db;

    ReviewedItems(Database db) {
        this.db = db;
    }

    /** True when a held item with this id was replaced. */
    boolean replaceHeld(Item item) {
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
                ps.setString(2, item.title() == null || item.title().length() <= 1000 ? item.title() : item.title().substring(0, 1000));
                ps.setDate(3, item.date() == null ? null : Date.valueOf(item.date()));
                ps.setString(4, json);
                ps.setString(5, item.id());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
