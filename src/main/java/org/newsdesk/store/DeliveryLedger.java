package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery ledger: one row per (issue, subscriber). A row moves pending → sending → sent, or to
 * failed with the server's reply, or to uncertain when a send was in flight at a crash. The primary
 * key makes a second row for the same subscriber impossible, so nobody is mailed twice per issue.
 */
public class DeliveryLedger {

    /** One delivery to make: which subscriber, for which issue. */
    public record Delivery(String issueId, long subscriberId) {
    }

    private final Database db;

    public DeliveryLedger(Database db) {
        this.db = db;
    }

    /** Adds a pending row for every active subscriber of the issue's publication not yet in the ledger. */
    public int plan(String issueId, String publication) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO deliveries (issue_id, subscriber_id, status, attempts, updated_at)
                    SELECT ?, s.id, 'pending', 0, ? FROM subscribers s
                    WHERE s.publication = ? AND s.status = 'active'
                      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = ? AND d.subscriber_id = s.id)""")) {
                ps.setString(1, issueId);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, publication);
                ps.setString(4, issueId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Claims a pending row for sending. Only one claimer wins (the update is conditional), so several
     * processes can share one ledger.
     */
    public boolean claim(Delivery d, String claimer) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = 'sending', attempts = attempts + 1, claimed_by = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'pending'""")) {
                ps.setString(1, claimer);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, d.issueId());
                ps.setLong(4, d.subscriberId());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public void markSent(Delivery d, String messageId, String reply) {
        finish(d, "sent", messageId, reply);
    }

    public void markFailed(Delivery d, String reply) {
        finish(d, "failed", null, reply);
    }

    /** A temporary refusal (SMTP 4xx): back to pending, to be tried again after {@code notBefore}. */
    public void retryLater(Delivery d, String reply, Instant notBefore) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = 'pending', last_reply = ?, not_before = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'sending'""")) {
                ps.setString(1, truncate(reply));
                ps.setTimestamp(2, Timestamp.from(notBefore));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setString(4, d.issueId());
                ps.setLong(5, d.subscriberId());
                return ps.executeUpdate();
            }
        });
    }

    private void finish(Delivery d, String status, String messageId, String reply) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = ?, message_id = ?, last_reply = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ?""")) {
                ps.setString(1, status);
                ps.setString(2, messageId);
                ps.setString(3, truncate(reply));
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setString(5, d.issueId());
                ps.setLong(6, d.subscriberId());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * After a crash: rows left in {@code sending} may or may not have reached the server. They are
     * marked uncertain and not sent again automatically; returns how many.
     */
    public int markInFlightUncertain(String issueId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = 'uncertain', updated_at = ? WHERE issue_id = ? AND status = 'sending'""")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, issueId);
                return ps.executeUpdate();
            }
        });
    }

    /** Pending rows that may be tried now, in subscriber order. */
    public List<Delivery> due(String issueId, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT subscriber_id FROM deliveries WHERE issue_id = ? AND status = 'pending'
                      AND (not_before IS NULL OR not_before <= ?) ORDER BY subscriber_id""")) {
                ps.setMaxRows(limit);
                ps.setString(1, issueId);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                List<Delivery> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Delivery(issueId, rs.getLong(1)));
                    }
                }
                return list;
            }
        });
    }

    /** How many rows of the issue are in each status. */
    public Map<String, Integer> counts(String issueId) {
        return db.withConnection(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String s : List.of("pending", "sending", "sent", "failed", "uncertain")) {
                counts.put(s, 0);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM deliveries WHERE issue_id = ? GROUP BY status")) {
                ps.setString(1, issueId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Issues that still have rows to send (pending or sending), oldest first: resumed at start. */
    public List<String> unfinishedIssues() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT issue_id FROM deliveries WHERE status IN ('pending', 'sending') ORDER BY issue_id")) {
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        String oneLine = s.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= 1000 ? oneLine : oneLine.substring(0, 1000);
    }
}
