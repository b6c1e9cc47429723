package org.newsdesk.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.newsdesk.deliver.DeliveryService;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.DeliveryLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Resend to those not reached: the issue's pending, failed and uncertain deliveries to active
 * subscribers are sent again, through the same routes and limits as a first send.
 */
@Command(
        name = "resend",
        description = "Send an issue again to the active subscribers it has not reached "
                + "(pending, failed, or uncertain after a crash). Nobody already sent to is mailed again.")
public class ResendCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ISSUE-ID", description = "e.g. lmec-2021-6")
    String issueId;

    @Option(
            names = "--wait",
            defaultValue = "0",
            description = "seconds to keep retrying mails the server put off (4xx); "
                    + "by default they are left to the running service")
    int waitSeconds;

    @Override
    public Integer call() throws Exception {
        // delivery only: no intake, no HTTP, no schedules
        Map<String, String> overrides = new HashMap<>(Workspace.withoutServer(Workspace.routes(false, true)));
        overrides.put("newsdesk.schedule.enabled", "false");
        // only this issue: other issues' sends are the service's business
        overrides.put("newsdesk.deliver.resume-enabled", waitSeconds > 0 ? "true" : "false");
        Main main = Workspace.main(Workspace.home(), overrides, true);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            DeliveryService service = Workspace.newsdesk(main).delivery();
            DeliveryLedger ledger = Workspace.newsdesk(main).ledger();
            Optional<RenderedIssue> issue = service.resend(issueId);
            if (issue.isEmpty()) {
                System.err.println("newsdesk: there is no issue " + issueId + " in the store and archive");
                return 2;
            }
            context.createProducerTemplate().sendBody("direct:deliver-due", issue.get());
            long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
            Map<String, Integer> counts = ledger.counts(issueId);
            while (counts.get("pending") + counts.get("sending") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                counts = ledger.counts(issueId);
            }
            System.out.println(issueId + ": " + counts);
            if (counts.get("pending") > 0) {
                System.out.println(counts.get("pending")
                        + " mails were put off by the server; the running service sends them when due");
            }
            return counts.get("failed") > 0 ? 3 : 0;
        } finally {
            main.stop();
        }
    }
}
