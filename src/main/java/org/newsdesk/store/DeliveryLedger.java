package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery ledger: one row per (issue, subscriber). A row moves pending → sending → sent, or to
 * failed with the server's reply, or to uncertain when a send was in flight at a crash. The primary
 * key makes a second row for the same subscriber impossible, so nobody is mailed twice per issue.
 */
public class DeliveryLedger {

    /** One delivery to make: which subscriber, for which issue. */
    public record Delivery(String issueId, long subscriberId) {}

    /** An issue that was made but has no ledger rows: the service stopped between the two. */
    public record Unplanned(String issueId, String publication, Instant createdAt) {}

    /** What the ledger says about one delivery. */
    public record Row(String status, String lastReply, int attempts) {}

    /** A row some sender claimed and has not finished: in flight now, or left behind by a sender that died. */
    public record Claimed(Delivery delivery, String claimedBy, Instant updatedAt) {}

    private final Database db;

    public DeliveryLedger(Database db) {
        this.db = db;
    }

    /** Adds a pending row for every active subscriber of the issue's publication not yet in the ledger. */
    public int plan(String issueId, String publication) {
        return db.withConnection(c -> addRows(c, issueId, publication, null));
    }

    /**
     * Issues made between {@code from} and {@code to} that have no ledger row at all. An issue is
     * planned right after it is made; one without rows was interrupted (or had nobody to send to).
     */
    public List<Unplanned> unplanned(Instant from, Instant to) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.id, i.publication, i.created_at FROM issues i
                    WHERE i.created_at >= ? AND i.created_at <= ?
                      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = i.id)
                    ORDER BY i.created_at""")) {
                ps.setTimestamp(1, Timestamp.from(from));
                ps.setTimestamp(2, Timestamp.from(to));
                List<Unplanned> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Unplanned(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant()));
                    }
                }
                return list;
            }
        });
    }

    /**
     * Plans an interrupted issue for the subscribers it would have had: active now and subscribed
     * (status last changed) before the issue was made, so nobody who joined later gets an old issue.
     */
    public int planAsOf(Unplanned issue) {
        return db.withConnection(c -> addRows(c, issue.issueId(), issue.publication(), issue.createdAt()));
    }

    /** The rows of a plan: every active subscriber of the publication. */
    private static final String PLAN = """
            INSERT INTO deliveries (issue_id, subscriber_id, status, attempts, updated_at)
            SELECT ?, s.id, 'pending', 0, ? FROM subscribers s
            WHERE s.publication = ? AND s.status = 'active'""";

    /** Of those, the ones that were subscribed when the issue was made. */
    private static final String SUBSCRIBED_BY = " AND s.changed_at <= ?";

    /** Of those, the ones not in the ledger yet. */
    private static final String NOT_YET_PLANNED =
            " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = ? AND d.subscriber_id = s.id)";

    /**
     * A plan is one statement, so an issue has all its rows or none. Its first plan adds them without
     * looking into the ledger: a statement that inserts into the table it searches for missing rows
     * reads, for each subscriber, every row it has added so far whenever the database runs the search
     * as a nested loop, as PostgreSQL does for a list loaded moments before (no statistics yet); a
     * list of 100 000 then took longer than the send. Only a later plan of the same issue (subscribers
     * who joined since) looks for what is missing.
     */
    private static int addRows(Connection c, String issueId, String publication, Instant subscribedBy)
            throws SQLException {
        boolean planned = hasRows(c, issueId);
        try (PreparedStatement ps = c.prepareStatement(planStatement(planned, subscribedBy != null))) {
            int i = 0;
            ps.setString(++i, issueId);
            ps.setTimestamp(++i, Timestamp.from(Instant.now()));
            ps.setString(++i, publication);
            if (subscribedBy != null) {
                ps.setTimestamp(++i, Timestamp.from(subscribedBy));
            }
            if (planned) {
                ps.setString(++i, issueId);
            }
            return ps.executeUpdate();
        }
    }

    /** The statement that adds an issue's rows, binding issue, time, publication[, subscribed by][, issue]. */
    static String planStatement(boolean planned, boolean subscribedBy) {
        return PLAN + (subscribedBy ? SUBSCRIBED_BY : "") + (planned ? NOT_YET_PLANNED : "");
    }

    private static boolean hasRows(Connection c, String issueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM deliveries WHERE issue_id = ? LIMIT 1")) {
            ps.setString(1, issueId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Claims a pending row for sending. Only one claimer wins (the update is conditional), so several
     * processes can share one ledger.
     */
    public boolean claim(Delivery d, String claimer) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
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

    /**
     * Puts a pending row off until {@code notBefore} without counting an attempt: a rate limit said
     * "not now", the server was never asked.
     */
    public void defer(Delivery d, Instant notBefore) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET not_before = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'pending'""")) {
                ps.setTimestamp(1, Timestamp.from(notBefore));
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, d.issueId());
                ps.setLong(4, d.subscriberId());
                return ps.executeUpdate();
            }
        });
    }

    /** Rows in {@code sending}, of every issue, with who claimed them and when. */
    public List<Claimed> inFlight() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT issue_id, subscriber_id, claimed_by, updated_at FROM deliveries WHERE status = 'sending'")) {
                List<Claimed> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Claimed(
                                new Delivery(rs.getString(1), rs.getLong(2)),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant()));
                    }
                }
                return list;
            }
        });
    }

    /**
     * A row whose sender died mid-send: the mail may or may not have reached the server. It becomes
     * uncertain; {@link #sendAgain} (or {@code resend}) may send it once more, and it stays uncertain.
     * Conditional on the same claimer, so a row another sender has meanwhile finished is left alone.
     */
    public boolean markUncertain(Claimed row) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = 'uncertain', last_reply = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'sending' AND claimed_by = ?""")) {
                ps.setString(
                        1,
                        truncate("in flight when its sender " + row.claimedBy()
                                + " stopped; may or may not have been delivered"));
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, row.delivery().issueId());
                ps.setLong(4, row.delivery().subscriberId());
                ps.setString(5, row.claimedBy());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * After a crash: an uncertain row of an active subscriber is sent once more, marked in doubt, so
     * nobody is left out; it may arrive twice and the ledger keeps it uncertain. True when queued.
     */
    public boolean sendAgain(Delivery d) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = 'pending', in_doubt = TRUE, not_before = NULL, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'uncertain' AND NOT in_doubt
                      AND subscriber_id IN (SELECT s.id FROM subscribers s WHERE s.status = 'active')""")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, d.issueId());
                ps.setLong(3, d.subscriberId());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * "Resend to those not reached": pending, failed and uncertain rows of active subscribers go back
     * to pending, due now. Returns how many.
     */
    public int resend(String issueId) {
        return db.withConnection(c -> {
            // an uncertain row already sent again (in_doubt) has had its second chance: never a third
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET in_doubt = (status = 'uncertain' OR in_doubt), status = 'pending',
                        not_before = NULL, updated_at = ?
                    WHERE issue_id = ? AND (status IN ('pending', 'failed') OR (status = 'uncertain' AND NOT in_doubt))
                      AND subscriber_id IN (SELECT s.id FROM subscribers s WHERE s.status = 'active')""")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, issueId);
                return ps.executeUpdate();
            }
        });
    }

    /** The status and last reply of one row, for reports and tests. */
    public Optional<Row> row(String issueId, long subscriberId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, last_reply, attempts FROM deliveries WHERE issue_id = ? AND subscriber_id = ?")) {
                ps.setString(1, issueId);
                ps.setLong(2, subscriberId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getInt(3)))
                            : Optional.<Row>empty();
                }
            }
        });
    }

    /** Subscriber ids of the issue's rows in one status. */
    public List<Long> subscribersIn(String issueId, String status) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT subscriber_id FROM deliveries WHERE issue_id = ? AND status = ? ORDER BY subscriber_id")) {
                ps.setString(1, issueId);
                ps.setString(2, status);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    private void finish(Delivery d, String status, String messageId, String reply) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE deliveries SET status = CASE WHEN in_doubt AND ? = 'sent' THEN 'uncertain' ELSE ? END,
                        message_id = ?, last_reply = ?, updated_at = ?
                    WHERE issue_id = ? AND subscriber_id = ? AND status = 'sending'""")) {
                // a mail sent again after an interrupted send may have arrived twice: it stays uncertain
                ps.setString(1, status);
                ps.setString(2, status);
                ps.setString(3, messageId);
                ps.setString(4, truncate(reply));
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.setString(6, d.issueId());
                ps.setLong(7, d.subscriberId());
                return ps.executeUpdate();
            }
        });
    }

    /** Pending rows that may be tried now, in subscriber order. */
    public List<Delivery> due(String issueId, int limit) {
        return due(issueId, Long.MIN_VALUE, limit);
    }

    /**
     * One page of the pending rows that may be tried now: those after the given subscriber, in
     * subscriber order. Keyset paging on {@code deliveries_due_ix} (issue, status, subscriber), so a
     * page reads its own rows and no more, whatever the size of the list. The ORDER BY names every
     * column of the index: H2 reads the index in order only then (the first two are constant here).
     */
    public List<Delivery> due(String issueId, long afterSubscriberId, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(DUE_PAGE)) {
                ps.setString(1, issueId);
                ps.setLong(2, afterSubscriberId);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setInt(4, limit);
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

    /** The statement behind {@link #due(String, long, int)}; the paging test reads its plan. */
    static final String DUE_PAGE = """
            SELECT subscriber_id FROM deliveries WHERE issue_id = ? AND status = 'pending' AND subscriber_id > ?
              AND (not_before IS NULL OR not_before <= ?)
              ORDER BY issue_id, status, subscriber_id FETCH FIRST ? ROWS ONLY""";

    /** The statement behind {@link #claim}; the paging test reads its plan. */
    static final String CLAIM = """
            UPDATE deliveries SET status = 'sending', attempts = attempts + 1, claimed_by = ?, updated_at = ?
            WHERE issue_id = ? AND subscriber_id = ? AND status = 'pending'""";

    /** How many pending rows of the issue may be tried now (what a send pass starts with). */
    public int countDue(String issueId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status = 'pending'
                      AND (not_before IS NULL OR not_before <= ?)""")) {
                ps.setString(1, issueId);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
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
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT status, COUNT(*) FROM deliveries WHERE issue_id = ? GROUP BY status")) {
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

    /**
     * A mail of an issue that did not simply go: put off by the server (pending with its reply),
     * refused, or uncertain; with the subscriber's address and what the server said.
     */
    public record Attention(
            long subscriberId, String address, String status, String reply, int attempts, Instant notBefore) {
        /** "deferred" for a pending mail the server put off, else the ledger status. */
        public String state() {
            return "pending".equals(status) ? "deferred" : status;
        }
    }

    /** The issue's mails that need a person's eye, failed first, at most {@code limit}. */
    public List<Attention> attention(String issueId, int limit) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.subscriber_id, s.address, d.status, d.last_reply, d.attempts, d.not_before
                    FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                    WHERE d.issue_id = ? AND (d.status IN ('failed', 'uncertain')
                        OR (d.status = 'pending' AND d.last_reply IS NOT NULL))
                    ORDER BY CASE d.status WHEN 'failed' THEN 0 WHEN 'uncertain' THEN 1 ELSE 2 END, s.address""")) {
                ps.setString(1, issueId);
                ps.setMaxRows(limit);
                List<Attention> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp nb = rs.getTimestamp(6);
                        list.add(new Attention(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5),
                                nb == null ? null : nb.toInstant()));
                    }
                }
                return list;
            }
        });
    }

    /** How many of the issue's mails were sent after {@code since}: the recent rate of a send. */
    public int sentSince(String issueId, Instant since) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status = 'sent' AND updated_at > ?")) {
                ps.setString(1, issueId);
                ps.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Issues with pending rows due now: resumed at start and by the resume timer. */
    public List<String> issuesWithDueRows() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT issue_id FROM deliveries WHERE status = 'pending'
                      AND (not_before IS NULL OR not_before <= ?) ORDER BY issue_id""")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
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
