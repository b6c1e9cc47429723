package org.newsdesk.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an editor needs to know about one publication at a glance.
 *
 * @param onHold     the editor's hold: scheduled fires make no issue
 * @param pending    items waiting for the next issue
 * @param held       items held for review
 * @param lastIssue  id of the last issue made, or null
 * @param deliveries ledger rows of the last issue by state
 * @param nextFire   the schedule's next fire time, or null when there is no schedule
 */
public record PublicationStatus(
        String publication,
        boolean onHold,
        int pending,
        int held,
        String lastIssue,
        String lastIssueLabel,
        LocalDate lastIssueDate,
        Map<String, Integer> deliveries,
        Instant nextFire,
        String timeZone) {}
