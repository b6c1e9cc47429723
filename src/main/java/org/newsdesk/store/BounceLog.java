package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The returned mails read from the bounce mailbox, each with its report, kept for good. */
public class BounceLog {

    /** One returned mail as read. */
    public record Entry(
            Instant receivedAt,
            String kind,
            String recipient,
            String status,
            String issueId,
            Long subscriberId,
            String evidence,
            byte[] report) {}

    private final Database db;

    public BounceLog(Database db) {
        this.db = db;
    }

    public void record(Entry e) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO bounces (received_at, kind, recipient, status, issue_id, subscriber_id, evidence, report)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(e.receivedAt()));
                ps.setString(2, e.kind());
                ps.setString(3, cut(e.recipient(), 320));
                ps.setString(4, cut(e.status(), 16));
                ps.setString(5, cut(e.issueId(), 64));
                if (e.subscriberId() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, e.subscriberId());
                }
                ps.setString(7, cut(e.evidence(), 1000));
                ps.setBytes(8, e.report());
                return ps.executeUpdate();
            }
        });
    }

    /** How many bounces of this kind a subscriber had since {@code since}. */
    public int count(long subscriberId, String kind, Instant since) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM bounces WHERE subscriber_id = ? AND kind = ? AND received_at >= ?")) {
                ps.setLong(1, subscriberId);
                ps.setString(2, kind);
                ps.setTimestamp(3, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** The latest returned mails tied to subscribers of a publication, newest first, without their reports. */
    public java.util.List<Entry> recent(String publication, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT b.received_at, b.kind, b.recipient, b.status, b.issue_id, b.subscriber_id, b.evidence"
                            + " FROM bounces b JOIN subscribers s ON s.id = b.subscriber_id"
                            + " WHERE s.publication = ? ORDER BY b.id DESC")) {
                ps.setString(1, publication);
                ps.setMaxRows(limit);
                java.util.List<Entry> list = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Entry(
                                rs.getTimestamp(1).toInstant(),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getString(7),
                                null));
                    }
                }
                return list;
            }
        });
    }

    /** Bounces per kind since {@code since}, for the desk and metrics. */
    public Map<String, Integer> countsSince(Instant since) {
        return db.withConnection(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String k : new String[] {"hard", "soft", "auto-reply", "unknown"}) {
                counts.put(k, 0);
            }
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT kind, COUNT(*) FROM bounces WHERE received_at >= ? GROUP BY kind")) {
                ps.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
