package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.newsdesk.app.Newsdesk;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole pipeline once on the bundled example notes, in a fresh work folder ({@code demo/}): notes
 * into the inbox, items stored, one issue per publication published now, mails written to the outbox.
 */
@Command(name = "demo", description = "Run the whole pipeline once on the bundled example notes (no server needed).")
public class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--work-dir",
            description = "where the demo writes (wiped first; default: demo/ in the newsdesk home)")
    Path workDir;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds to wait for the inbox to be read")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path home = Workspace.home();
        Path work = (workDir == null ? home.resolve("demo") : workDir)
                .toAbsolutePath()
                .normalize();
        prepare(home, work);
        Map<String, String> overrides = new HashMap<>();
        overrides.put("newsdesk.work-dir", work.toString());
        overrides.put("newsdesk.schedule.enabled", "false");
        overrides.put("newsdesk.intake.min-age-millis", "300");
        overrides.put("newsdesk.intake.poll-millis", "200");
        // the demo never mails anyone: the outbox folder, whatever the environment says
        overrides.put("newsdesk.smtp.host", "");
        overrides.put("newsdesk.db.url", "");
        // the example readers (reserved .example domains); a running service imports config/subscribers/ only
        overrides.put(
                "newsdesk.subscribers-dir", home.resolve("examples/subscribers").toString());
        // the demo's mails are DKIM-signed with a key made for the demo alone (demo/dkim/)
        overrides.put(
                "newsdesk.publications-dir",
                DemoKeys.profilesWithTestKeys(home, work).toString());
        overrides.putAll(Workspace.routes(true, true));
        Main main = Workspace.main(home, Workspace.withoutServer(overrides), true);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            Path inbox = work.resolve("inbox");
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (countFiles(inbox) > 0 || context.getInflightRepository().size() > 0) {
                if (System.nanoTime() > deadline) {
                    System.err.println("newsdesk demo: the inbox was not read within " + timeoutSeconds + " s");
                    return 1;
                }
                Thread.sleep(100);
            }
            Newsdesk newsdesk = Workspace.newsdesk(main);
            PublicationProfiles profiles = newsdesk.profiles();
            ProducerTemplate producer = context.createProducerTemplate();
            for (String pub : profiles.ids()) {
                producer.sendBodyAndHeaders("direct:publish", null, Map.of("publication", pub, "publishNow", true));
            }
            return report(newsdesk, work);
        } finally {
            main.stop();
        }
    }

    private static void prepare(Path home, Path work) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path examples = home.resolve("examples/inbox");
        Path inbox = work.resolve("inbox");
        try (Stream<Path> all = Files.walk(examples)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Path target = inbox.resolve(examples.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".camelLock"))
                    .count();
        }
    }

    private static int report(Newsdesk newsdesk, Path work) throws IOException {
        PublicationProfiles profiles = newsdesk.profiles();
        ItemStore items = newsdesk.items();
        IssueStore issues = newsdesk.issues();
        DeliveryLedger ledger = newsdesk.ledger();
        IssueArchive archive = newsdesk.archive();
        System.out.println();
        System.out.println("newsdesk demo — work folder " + work);
        System.out.printf(
                "  notes read: %d processed, %d refused (see %s)%n",
                countFiles(work.resolve("processed")), countFailed(work.resolve("failed")), work.resolve("failed"));
        System.out.printf(
                "  items: %d published, %d held for review%n",
                items.count(null, "published"), items.count(null, "held"));
        int made = 0;
        for (String pub : profiles.ids()) {
            for (Issue issue : issues.all(pub)) {
                made++;
                System.out.printf(
                        "  %s %s (%s): %d events%n",
                        pub, issue.label(), issue.date(), issue.events().size());
                System.out.println("    PDF   " + archive.pdfPath(issue));
                System.out.println("    HTML  " + archive.htmlPath(issue));
                System.out.println("    mails " + ledger.counts(issue.id()) + " in "
                        + work.resolve("outbox").resolve(issue.id()));
            }
        }
        System.out.println("  DKIM: mails signed with the demo's own test keys; public keys (DNS TXT p=) in "
                + work.resolve("dkim"));
        List<Path> site = newsdesk.site().writeStatic(work.resolve("site"));
        for (Path index : site) {
            System.out.println("  web archive " + index + " (and feed.atom, one page and PDF per issue)");
        }
        if (made == 0) {
            System.out.println("  no issue was made: no item was ready (see the log above)");
            return 1;
        }
        return 0;
    }

    private static long countFailed(Path failed) throws IOException {
        try (Stream<Path> all = Files.walk(failed)) {
            return all.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".error.json"))
                    .count();
        }
    }
}
