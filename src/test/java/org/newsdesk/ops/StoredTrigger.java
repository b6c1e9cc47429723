package org.newsdesk.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A publication's schedule as Quartz keeps it in the store (tables QRTZ_TRIGGERS and QRTZ_FIRED_TRIGGERS). */
final class StoredTrigger {

    private StoredTrigger() {}

    /**
     * Every fire of the publication's trigger due up to {@code time} is over: the trigger's next fire
     * time is after it, and no instance holds a fire of it (acquired or running). A fire that is still to
     * come (a second catch-up, another instance firing the same time) would show in one of the two.
     */
    static boolean firedUpTo(Connection c, String publication, Instant time) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_fire_time FROM qrtz_triggers WHERE trigger_group = 'publish' AND trigger_name = ?")) {
            ps.setString(1, publication);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(1) <= time.toEpochMilli()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE trigger_group = 'publish' AND trigger_name = ?")) {
            ps.setString(1, publication);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }
    }
}
