package org.newsdesk.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.ops.IssueDeliveries;
import org.newsdesk.ops.PublicationStatus;
import org.newsdesk.shared.Json;
import org.newsdesk.store.Instances;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Per publication: hold, pending and held items, last issue and its deliveries, next fire time. */
@Command(
        name = "status",
        description = "Show pending and held items, the last and next issue and delivery progress per publication;"
                + " with ISSUE, that issue's deliveries and the server's replies grouped.")
public class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON (for scripts)")
    boolean json;

    @Parameters(
            arity = "0..1",
            paramLabel = "ISSUE",
            description =
                    "an issue id (lmec-2026-1): its deliveries, and what the server said about those that did not go")
    String issue;

    @Override
    public Integer call() {
        if (issue != null) {
            return EditorSession.run(false, c -> c.issueDeliveries(issue), this::print);
        }
        return EditorSession.run(
                false, c -> new Report(c.status(), c.reviewList().size(), c.instances()), this::print);
    }

    private void print(IssueDeliveries d) {
        if (json) {
            printJson(d);
            return;
        }
        lines(d).forEach(System.out::println);
    }

    /** The issue's deliveries as {@code status ISSUE} prints them. */
    public static List<String> lines(IssueDeliveries d) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(d.issue() + "  " + d.label() + " (" + d.publication() + ")");
        lines.add("  deliveries: " + ledger(d.counts()));
        if (d.reasons().isEmpty()) {
            lines.add("  no mail was put off or refused by the server");
            return lines;
        }
        lines.add("  what the server said (mails, state, kind of reply, one reply):");
        for (IssueDeliveries.Reason r : d.reasons()) {
            lines.add(String.format("  %6d %-9s %-12s %s", r.count(), r.state(), r.kind(), oneLine(r.example())));
        }
        return lines;
    }

    private static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + " …" : line;
    }

    private static void printJson(Object value) {
        try {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every publication, and all items held for review (some belong to no publication yet). */
    private record Report(
            List<PublicationStatus> publications, int heldForReview, EditorControls.RunningInstances instances) {}

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
        instanceLines(report.instances()).forEach(System.out::println);
    }

    /** The services running on this store, and which one reads each inbox and mailbox. */
    public static List<String> instanceLines(EditorControls.RunningInstances instances) {
        List<String> lines = new java.util.ArrayList<>();
        if (instances.running().isEmpty()) {
            lines.add("instances:  none running on this store");
            return lines;
        }
        lines.add("instances:  " + instances.running().size() + " running on this store");
        for (Instances.Seen seen : instances.running()) {
            lines.add("  " + seen.name() + "  since "
                    + seen.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + (seen.leads().isEmpty() ? "" : ", leads " + String.join(", ", seen.leads())));
        }
        return lines;
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
