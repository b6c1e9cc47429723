package org.newsdesk.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.ops.PublicationStatus;
import org.newsdesk.shared.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Per publication: hold, pending and held items, last issue and its deliveries, next fire time. */
@Command(
        name = "status",
        description = "Show pending and held items, the last and next issue and delivery progress per publication.")
public class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON (for scripts)")
    boolean json;

    @Override
    public Integer call() {
        return EditorSession.run(
                false, c -> new Report(c.status(), c.reviewList().size()), this::print);
    }

    /** Every publication, and all items held for review (some belong to no publication yet). */
    private record Report(List<PublicationStatus> publications, int heldForReview) {}

    private void print(Report report) {
        List<PublicationStatus> all = report.publications();
        if (json) {
            try {
                System.out.println(
                        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        for (PublicationStatus s : all) {
            System.out.println(s.publication() + (s.onHold() ? "  [ON HOLD]" : ""));
            System.out.println("  items:      " + s.pending() + " pending, " + s.held() + " held for review");
            if (s.lastIssue() == null) {
                System.out.println("  last issue: none yet");
            } else {
                System.out.println(
                        "  last issue: " + s.lastIssue() + "  " + s.lastIssueLabel() + ", " + s.lastIssueDate());
                System.out.println("  deliveries: " + ledger(s.deliveries()));
            }
            System.out.println("  next fire:  " + when(s));
        }
        int unassigned = report.heldForReview()
                - all.stream().mapToInt(PublicationStatus::held).sum();
        if (unassigned > 0) {
            System.out.println(unassigned + " item(s) held for review name no publication: ./newsdesk review list");
        }
    }

    static String when(PublicationStatus s) {
        return s.nextFire() == null
                ? "no schedule"
                : s.nextFire().atZone(ZoneId.of(s.timeZone())).toOffsetDateTime() + " (" + s.timeZone() + ")";
    }

    private static String ledger(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) ->
                b.append(b.isEmpty() ? "" : ", ").append(v).append(' ').append(k));
        return b.toString();
    }
}
