package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Issue;

/**
 * The send path's statements read the rows they need and no more: a page of due rows and a claim read
 * the same number of ledger rows at 1 000 subscribers as at 20 000. The databases' own row counts
 * (H2's scanCount, PostgreSQL's actual rows and rows removed by filter) are read from EXPLAIN ANALYZE,
 * so a lost index or a sort of the whole list fails here, on both stores.
 */
class DeliveryLedgerPagingTest {

    private static final int PAGE = 100;

    @OnEveryStoreBackend
    void aPageOfDueRowsAndAClaimReadAsManyRowsAtTwentyThousandSubscribersAsAtOneThousand(StoreBackend store)
            throws SQLException {
        Reads small = reads(store, "lmec", 1_000);
        Reads large = reads(store, "china-asean", 20_000);

        assertThat(small.page()).isBetween((long) PAGE, PAGE + 2L);
        assertThat(large.page()).isEqualTo(small.page());
        assertThat(small.claim()).isBetween(1L, 2L);
        assertThat(large.claim()).isEqualTo(small.claim());
    }

    @OnEveryStoreBackend
    void anIssuesFirstPlanAddsItsRowsWithoutSearchingTheLedgerItFills(StoreBackend store) throws SQLException {
        assertThat(ledgerScans(store, false, false)).isZero();
        assertThat(ledgerScans(store, false, true)).isZero();
        assertThat(ledgerScans(store, true, false))
                .as("a later plan looks for what is missing")
                .isEqualTo(1);
    }

    @OnEveryStoreBackend
    void pagesFollowOneAnotherWithoutGapsOrRepeats(StoreBackend store) throws SQLException {
        String issueId = plannedIssue(store, "lmec", 250);
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        List<DeliveryLedger.Delivery> first = ledger.due(issueId, Long.MIN_VALUE, PAGE);
        List<DeliveryLedger.Delivery> second =
                ledger.due(issueId, first.get(PAGE - 1).subscriberId(), PAGE);
        List<DeliveryLedger.Delivery> all = ledger.due(issueId, 2 * PAGE);

        assertThat(first).hasSize(PAGE);
        assertThat(second).hasSize(PAGE);
        assertThat(all.subList(0, PAGE)).isEqualTo(first);
        assertThat(all.subList(PAGE, 2 * PAGE)).isEqualTo(second);
        assertThat(ledger.countDue(issueId)).isEqualTo(250);
    }

    private record Reads(long page, long claim) {}

    /**
     * How many times the plan of a statement reads the ledger table (EXPLAIN, not run): a scan node on
     * it in PostgreSQL's plan, a FROM of it in H2's.
     */
    private static long ledgerScans(StoreBackend store, boolean planned, boolean subscribedBy) throws SQLException {
        boolean postgres = store.db().postgres();
        String sql = DeliveryLedger.planStatement(planned, subscribedBy);
        return store.db().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement((postgres ? "EXPLAIN (FORMAT JSON) " : "EXPLAIN ") + sql)) {
                int i = 0;
                ps.setString(++i, "lmec-2026-1");
                ps.setTimestamp(++i, Timestamp.from(Instant.now()));
                ps.setString(++i, "lmec");
                if (subscribedBy) {
                    ps.setTimestamp(++i, Timestamp.from(Instant.now()));
                }
                if (planned) {
                    ps.setString(++i, "lmec-2026-1");
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                if (postgres) {
                    return scansOf(
                            new ObjectMapper().readTree(plan.toString()).get(0).get("Plan"));
                }
                return Pattern.compile("FROM \"PUBLIC\".\"DELIVERIES\"")
                        .matcher(plan)
                        .results()
                        .count();
            } catch (java.io.IOException e) {
                throw new AssertionError("PostgreSQL plan is not JSON", e);
            }
        });
    }

    private static long scansOf(JsonNode node) {
        long scans = "deliveries".equals(node.path("Relation Name").asText())
                        && node.path("Node Type").asText().contains("Scan")
                ? 1
                : 0;
        for (JsonNode child : node.path("Plans")) {
            scans += scansOf(child);
        }
        return scans;
    }

    /** Rows the database read for a page from the middle of the list, and for claiming one row of it. */
    private static Reads reads(StoreBackend store, String publication, int subscribers) throws SQLException {
        String issueId = plannedIssue(store, publication, subscribers);
        return store.db().withConnection(c -> {
            long middle = middleSubscriber(c, issueId);
            if (store.db().postgres()) {
                try (var s = c.createStatement()) {
                    // what autovacuum does on a live database; a freshly loaded table has no statistics
                    s.execute("ANALYZE deliveries");
                }
            }
            long page = rowsRead(store, c, DeliveryLedger.DUE_PAGE, ps -> {
                ps.setString(1, issueId);
                ps.setLong(2, middle);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setInt(4, PAGE);
            });
            long claim = rowsRead(store, c, DeliveryLedger.CLAIM, ps -> {
                ps.setString(1, "paging-test");
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, issueId);
                ps.setLong(4, middle + 1);
            });
            return new Reads(page, claim);
        });
    }

    private static String plannedIssue(StoreBackend store, String publication, int subscribers) {
        store.db().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO subscribers (publication, address, status, changed_at) VALUES (?, ?, 'active', ?)")) {
                for (int i = 0; i < subscribers; i++) {
                    ps.setString(1, publication);
                    ps.setString(2, "reader" + i + "@" + publication + ".example");
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (i % 1_000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
        Issue issue = new Issue(
                publication + "-2026-1", publication, 2026, 1, "Issue 1, 2026", LocalDate.of(2026, 12, 2), List.of());
        store.db().inTransaction(c -> {
            new IssueStore(store.db()).insert(c, issue, null);
            return null;
        });
        new DeliveryLedger(store.db()).plan(issue.id(), publication);
        return issue.id();
    }

    private static long middleSubscriber(Connection c, String issueId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT subscriber_id FROM deliveries WHERE issue_id = ? ORDER BY subscriber_id")) {
            ps.setString(1, issueId);
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids.get(ids.size() / 2);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static final Pattern H2_SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private static long rowsRead(StoreBackend store, Connection c, String sql, Binder binder) throws SQLException {
        boolean postgres = store.db().postgres();
        String explain = postgres ? "EXPLAIN (ANALYZE, FORMAT JSON) " + sql : "EXPLAIN ANALYZE " + sql;
        try (PreparedStatement ps = c.prepareStatement(explain)) {
            binder.bind(ps);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return postgres ? postgresRowsRead(plan.toString()) : h2RowsRead(plan.toString());
        }
    }

    private static long h2RowsRead(String plan) {
        Matcher m = H2_SCAN_COUNT.matcher(plan);
        long total = 0;
        boolean found = false;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
            found = true;
        }
        assertThat(found).as("H2 plan with scan counts:%n%s", plan).isTrue();
        return total;
    }

    private static long postgresRowsRead(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json).get(0).get("Plan");
            return deliveriesRows(root);
        } catch (java.io.IOException e) {
            throw new AssertionError("PostgreSQL plan is not JSON: " + json, e);
        }
    }

    /** Rows each scan of the ledger table produced or threw away, summed over the plan tree. */
    private static long deliveriesRows(JsonNode node) {
        long rows = 0;
        if ("deliveries".equals(node.path("Relation Name").asText())
                && node.path("Node Type").asText().contains("Scan")) {
            rows += node.path("Actual Rows").asLong()
                            * Math.max(1, node.path("Actual Loops").asLong())
                    + node.path("Rows Removed by Filter").asLong()
                    + node.path("Rows Removed by Index Recheck").asLong();
        }
        for (JsonNode child : node.path("Plans")) {
            rows += deliveriesRows(child);
        }
        return rows;
    }
}
