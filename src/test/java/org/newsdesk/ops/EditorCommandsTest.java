package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Database;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** The editor's commands as a person types them: ./newsdesk status | hold | release | publish --now | review. */
class EditorCommandsTest {

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {}

    private Run newsdesk(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.newsdesk.cli.NewsdeskCommand"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("NEWSDESK_HOME", home.toString());
        pb.environment().remove("NEWSDESK_DB_URL");
        pb.environment().remove("NEWSDESK_SMTP_HOST");
        int exit = pb.start().waitFor();
        return new Run(exit, Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
    }

    /** A newsdesk home of its own: the shipped config, routes and templates, the example subscribers, an empty store. */
    private void prepareHome() throws IOException {
        for (String folder : List.of("config", "routes", "templates")) {
            Path source = RunningNewsdesk.HOME.resolve(folder);
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path target =
                            home.resolve(folder).resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        for (String csv : List.of("lmec.csv", "china-asean.csv")) {
            Files.copy(
                    RunningNewsdesk.HOME.resolve("examples/subscribers").resolve(csv),
                    home.resolve("config/subscribers").resolve(csv));
        }
    }

    @Test
    void anEditorHoldsReleasesReviewsAndPublishesFromTheCommandLine() throws Exception {
        prepareHome();
        try (Database db = Database.embedded(home.resolve("data"))) {
            new ItemStore(db).save(TestItems.pending("itm-cli"));
            new ItemStore(db).save(TestItems.pending("itm-cli-held").withPublication(null));
        }

        Run hold = newsdesk("hold", "lmec");
        assertThat(hold.exit()).isZero();
        assertThat(hold.out()).contains("lmec: on hold");
        Run status = newsdesk("status");
        assertThat(status.out())
                .contains(
                        "lmec  [ON HOLD]",
                        "1 pending, 0 held for review",
                        "next fire:  ",
                        "1 item(s) held for review name no publication");
        assertThat(newsdesk("release", "lmec").out()).contains("lmec: released");
        Run unknown = newsdesk("hold", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no publication \"nope\"; known: ");

        assertThat(newsdesk("review", "list").out()).contains("itm-cli-held", "(no publication)");
        String json = newsdesk("review", "show", "itm-cli-held").out();
        Files.writeString(
                home.resolve("item.json"), json.replace("\"publication\" : null", "\"publication\" : \"china-asean\""));
        assertThat(newsdesk("review", "import", home.resolve("item.json").toString())
                        .out())
                .contains("imported; still held");
        assertThat(newsdesk("review", "release", "itm-cli-held").out())
                .contains("pending for the next issue of china-asean");

        Run published = newsdesk("publish", "china-asean", "--now");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("china-asean-", "(Issue 1, ", "sent=2");
        assertThat(newsdesk("status").out()).contains("last issue: china-asean-", "2 sent");
    }
}
