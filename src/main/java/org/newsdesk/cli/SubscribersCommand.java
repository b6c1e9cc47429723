package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.SubscriberCsv;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.store.SubscriberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The subscriber list of a publication: import a CSV, list, remove. */
@Command(
        name = "subscribers",
        description = "Manage the subscribers of a publication.",
        subcommands = {
            SubscribersCommand.Import.class,
            SubscribersCommand.ListAll.class,
            SubscribersCommand.Remove.class
        })
public class SubscribersCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Runs {@code work} against the store, without routes or HTTP; exit 2 when the publication is unknown. */
    static int withStore(String publication, StoreWork work) throws Exception {
        Main main = Workspace.main(Workspace.home(), Workspace.withoutServer(Map.of()), false);
        main.start();
        try {
            PublicationProfiles profiles = Workspace.newsdesk(main).profiles();
            if (!profiles.ids().contains(publication)) {
                System.err.println("newsdesk: there is no publication \"" + publication + "\"; known: "
                        + String.join(", ", profiles.ids()));
                return 2;
            }
            return work.run(Workspace.newsdesk(main).subscribers());
        } finally {
            main.stop();
        }
    }

    @FunctionalInterface
    interface StoreWork {
        int run(SubscriberStore store) throws Exception;
    }

    @Command(
            name = "import",
            description = "Add the subscribers of a CSV file (name,address,language). Bad rows are reported "
                    + "with their line number, the rest imported; known addresses keep their status.")
    static class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PUB")
        String publication;

        @Parameters(index = "1", paramLabel = "FILE.csv")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("newsdesk: there is no file " + file);
                return 2;
            }
            return withStore(publication, store -> {
                SubscriberCsv.Result r = SubscriberCsv.importFile(file, publication, store);
                r.problems().forEach(p -> System.err.println(file.getFileName() + ": " + p));
                System.out.printf(
                        "%s: %d added, %d already known, %d rows refused%n",
                        publication, r.added(), r.known(), r.problems().size());
                return r.problems().isEmpty() ? 0 : 3;
            });
        }
    }

    @Command(name = "list", description = "List the subscribers of a publication with their status.")
    static class ListAll implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PUB")
        String publication;

        @Override
        public Integer call() throws Exception {
            return withStore(publication, store -> {
                List<Subscriber> all = store.list(publication);
                System.out.printf("%-8s %-13s %-40s %-5s %s%n", "id", "status", "address", "lang", "name");
                for (Subscriber s : all) {
                    System.out.printf(
                            "%-8d %-13s %-40s %-5s %s%n",
                            s.id(), s.status(), s.address(), s.language(), s.name() == null ? "" : s.name());
                }
                System.out.printf(
                        "%d subscribers, %d active%n",
                        all.size(), all.stream().filter(Subscriber::active).count());
                return 0;
            });
        }
    }

    @Command(
            name = "remove",
            description = "Stop sending to an address: it is marked unsubscribed (kept, so no import adds it again).")
    static class Remove implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PUB")
        String publication;

        @Parameters(index = "1", paramLabel = "ADDRESS")
        String address;

        @Override
        public Integer call() throws Exception {
            return withStore(publication, store -> {
                Optional<Subscriber> s = store.find(publication, address.strip());
                if (s.isEmpty()) {
                    System.err.println("newsdesk: " + address + " is not a subscriber of " + publication);
                    return 2;
                }
                store.setStatus(s.get().id(), "unsubscribed");
                System.out.println(s.get().address() + " removed from " + publication + " (was "
                        + s.get().status() + ")");
                return 0;
            });
        }
    }
}
