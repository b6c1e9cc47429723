package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.domain.Warning;
import org.newsdesk.ops.EditorControls.Done;
import org.newsdesk.shared.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Items held for review (warnings a person must settle). Fix one by {@code review show ID > item.json},
 * editing the JSON, {@code review import item.json}; then {@code review release ID} (or {@code reject}).
 */
@Command(
        name = "review",
        description = "Items held for review: list, show ID, import FILE.json, release ID, reject ID.",
        subcommands = {
            ReviewCommand.ListHeld.class,
            ReviewCommand.Show.class,
            ReviewCommand.Import.class,
            ReviewCommand.Release.class,
            ReviewCommand.Reject.class
        })
public class ReviewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private static void printDone(Done done) {
        System.out.println(done.subject() + ": " + done.message());
    }

    @Command(name = "list", description = "List the items held for review and why.")
    static class ListHeld implements Callable<Integer> {
        @Override
        public Integer call() {
            return EditorSession.run(false, c -> c.reviewList(), list -> {
                if (list.isEmpty()) {
                    System.out.println("No item is held for review.");
                }
                list.forEach(i -> System.out.println(i.id() + "  "
                        + (i.publication() == null ? "(no publication)" : i.publication()) + "  " + i.title() + "  ["
                        + i.file() + "]\n    "
                        + String.join(
                                "\n    ",
                                i.warnings().stream().map(Warning::describe).toList())));
            });
        }
    }

    @Command(name = "show", description = "Print an item as JSON (edit it, then review import).")
    static class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return EditorSession.run(false, c -> c.reviewShow(id), item -> {
                try {
                    System.out.println(
                            Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(item));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Command(
            name = "import",
            description = "Replace a held item with the corrected JSON in FILE; it stays held until released.")
    static class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                System.err.println("newsdesk: there is no file " + file);
                return 2;
            }
            String json = Files.readString(file);
            return EditorSession.run(false, c -> c.reviewImport(json), ReviewCommand::printDone);
        }
    }

    @Command(name = "release", description = "Move a held item to pending: it goes into its publication's next issue.")
    static class Release implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return EditorSession.run(false, c -> c.reviewRelease(id), ReviewCommand::printDone);
        }
    }

    @Command(name = "reject", description = "Reject a held item: it is never published.")
    static class Reject implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return EditorSession.run(false, c -> c.reviewReject(id), ReviewCommand::printDone);
        }
    }
}
