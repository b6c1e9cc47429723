package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.render.PreviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk preview PUB}: the next issue of PUB rendered as it would go out now, marked PREVIEW.
 * Nothing is numbered, sent or changed; the PDF and HTML are written to archive/PUB/preview.*.
 */
@Command(
        name = "preview",
        description = "Render the next issue of a publication as it would be now, without numbering or sending it.")
public class PreviewCommand implements Callable<Integer> {

    /** Exit code when the publication has no pending item to preview. */
    static final int NOTHING_PENDING = 3;

    @Parameters(index = "0", paramLabel = "PUB", description = "the publication id, as in config/publications/PUB.yaml")
    String publication;

    @Option(
            names = "--work-dir",
            description = "the work folder holding data/ and archive/ (default: the newsdesk home)")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        Path home = Workspace.home();
        Map<String, String> overrides = new HashMap<>();
        // a one-shot command: no schedule fires while it runs, and no route reads the inbox
        overrides.put("newsdesk.schedule.enabled", "false");
        if (workDir != null) {
            overrides.put(
                    "newsdesk.work-dir", workDir.toAbsolutePath().normalize().toString());
        }
        Main main = Workspace.main(home, overrides, false);
        main.start();
        try {
            var context = main.getCamelContext();
            PublicationProfiles profiles = Workspace.newsdesk(main).profiles();
            if (profiles.find(publication).isEmpty()) {
                System.err.println("newsdesk preview: no publication '" + publication + "'; known: "
                        + String.join(", ", profiles.ids()));
                return 2;
            }
            Optional<PreviewService.Preview> preview =
                    Workspace.newsdesk(main).preview().preview(publication);
            if (preview.isEmpty()) {
                System.out.println("newsdesk preview: " + publication + " has no pending item; nothing to preview");
                return NOTHING_PENDING;
            }
            var p = preview.get();
            long speakers = p.issue().events().stream()
                    .mapToLong(e -> e.speakers().size())
                    .sum();
            System.out.printf(
                    "%s %s (%s): %d events, %d speakers; not numbered, nothing sent%n",
                    publication,
                    p.issue().label(),
                    p.issue().date(),
                    p.issue().events().size(),
                    speakers);
            System.out.println("  PDF   " + p.pdf());
            System.out.println("  HTML  " + p.html());
            List<String> changes = p.styleChanges();
            System.out.println("  house style: "
                    + (changes.isEmpty() ? "the glossary changed nothing" : changes.size() + " changes"));
            changes.forEach(c -> System.out.println("    " + c));
            return 0;
        } finally {
            main.stop();
        }
    }
}
