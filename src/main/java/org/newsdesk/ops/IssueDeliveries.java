package org.newsdesk.ops;

import java.util.List;
import java.util.Map;

/**
 * The send of one issue: the ledger rows by state, and the mails that did not simply go grouped by
 * what the server said.
 *
 * @param counts  ledger rows by state
 * @param reasons per state (deferred, failed, uncertain) and kind of reply, how many, most first
 */
public record IssueDeliveries(
        String issue, String publication, String label, Map<String, Integer> counts, List<Reason> reasons) {

    /**
     * @param state   deferred (pending, put off by the server), failed or uncertain
     * @param kind    the kind of reply ({@code 451 4.7.1}, {@code starttls}, {@code connection} …)
     * @param example one reply of that kind, as the server gave it
     */
    public record Reason(String state, String kind, int count, String example) {}
}
