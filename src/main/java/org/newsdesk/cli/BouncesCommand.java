package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.deliver.BounceReader;
import org.newsdesk.shared.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** What newsdesk reads in returned mails, without the store: for trying a bounce before trusting it. */
@Command(
        name = "bounces",
        description = "Returned mails.",
        subcommands = {BouncesCommand.Parse.class})
public class BouncesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(
            name = "parse",
            description = "Print what each returned mail says, one JSON object per file: "
                    + "recipient, status, kind (hard|soft|auto-reply|unknown), issue, subscriber.")
    static class Parse implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE.eml")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            BounceReader reader = new BounceReader();
            int missing = 0;
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    System.err.println("newsdesk: there is no file " + file);
                    missing++;
                    continue;
                }
                BounceReader.Bounce b = reader.read(Files.readAllBytes(file));
                ObjectNode out = Json.mapper().createObjectNode();
                out.put("file", file.getFileName().toString());
                out.put("recipient", b.recipient());
                out.put("status", b.status());
                out.put("kind", b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                out.put("issue", b.issue());
                if (b.subscriber() == null) {
                    out.putNull("subscriber");
                } else {
                    out.put("subscriber", b.subscriber());
                }
                System.out.println(Json.mapper().writeValueAsString(out));
            }
            return missing == 0 ? 0 : 2;
        }
    }
}
