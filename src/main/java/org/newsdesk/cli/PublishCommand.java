package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.ops.EditorControls.PublishOutcome;
import org.newsdesk.ops.PublicationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code publish PUB --now}: the next issue is made, rendered and sent now, through the publish route
 * (hold or not). Without {@code --now}: says when the schedule publishes next.
 */
@Command(
        name = "publish",
        description = "Publish the next issue of PUB now (--now), or show when the schedule publishes it.")
public class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PUB", description = "publication id")
    String publication;

    @Option(names = "--now", description = "make, render and send the next issue now")
    boolean now;

    @Override
    public Integer call() {
        if (!now) {
            return EditorSession.run(
                    false, c -> c.statusByPublication().get(publication), PublishCommand::printSchedule);
        }
        return EditorSession.run(true, c -> c.publishNow(publication), PublishCommand::printOutcome);
    }

    private static void printOutcome(PublishOutcome outcome) {
        if (outcome.issue() == null) {
            System.out.println(outcome.publication() + ": " + outcome.message());
        } else {
            System.out.println(outcome.publication() + ": " + outcome.issue() + " (" + outcome.label()
                    + ") published; deliveries " + outcome.deliveries());
        }
    }

    private static void printSchedule(PublicationStatus s) {
        if (s == null) {
            System.out.println("unknown publication; ./newsdesk status lists them");
            return;
        }
        System.out.println(s.publication() + ": " + s.pending() + " items pending; "
                + (s.onHold()
                        ? "on hold (release it first, or use --now)"
                        : "next scheduled issue at " + StatusCommand.when(s))
                + ". Use --now to publish now.");
    }
}
