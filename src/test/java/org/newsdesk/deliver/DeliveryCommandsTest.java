package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.NewsdeskCommand;

/** {@code newsdesk subscribers import|list|remove} and {@code newsdesk resend}, run as the launcher runs them, in a copy of the home. */
class DeliveryCommandsTest {

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void copyHome() throws IOException {
        for (String dir : List.of("config", "routes", "templates")) {
            Path from = DeliveryWorld.PROJECT.resolve(dir);
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : all.toList()) {
                    Path to = home.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }

    Run newsdesk(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                NewsdeskCommand.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("NEWSDESK_HOME", home.toString());
        pb.environment().remove("NEWSDESK_SMTP_HOST");
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(
                p.exitValue(), Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
    }

    @Test
    void subscribersAreImportedWithBadRowsReportedListedAndRemoved() throws Exception {
        Path csv = home.resolve("readers.csv");
        Files.writeString(
                csv,
                "name,address,language\nAda,ada@example.org,en\nBad,not-an-address,en\n\"Lin, Mei\",lin.mei@example.com,zh\n",
                StandardCharsets.UTF_8);
        Run imported = newsdesk("subscribers", "import", "lmec", csv.toString());
        assertThat(imported.exit()).as(imported.err()).isEqualTo(3);
        assertThat(imported.err()).contains("line 3").contains("not-an-address");
        assertThat(imported.out()).contains("lmec: 2 added");

        Run removed = newsdesk("subscribers", "remove", "lmec", "ADA@example.org");
        assertThat(removed.exit()).as(removed.err()).isZero();

        Run listed = newsdesk("subscribers", "list", "lmec");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out())
                .containsPattern("unsubscribed +ada@example.org")
                .containsPattern("active +lin.mei@example.com +zh +Lin, Mei");

        assertThat(newsdesk("subscribers", "list", "no-such-publication").exit())
                .isEqualTo(2);
    }

    @Test
    void resendSendsTheRowsNotReachedAndNobodyElse() throws Exception {
        try (DeliveryWorld world = DeliveryWorld.start(home, Map.of("newsdesk.deliver.resume-enabled", "false"))) {
            world.addSubscribers("lmec", 3, i -> "reader" + i + "@example.org");
            world.bean("deliveryService", DeliveryService.class).plan(world.publish("lmec", 6, 2021));
            // one was reached before, one failed, one never tried
            var ledger = world.ledger();
            var rows = ledger.due("lmec-2021-6", 10);
            ledger.claim(rows.get(0), "x");
            ledger.markSent(rows.get(0), "<m@x>", "250 ok");
            ledger.claim(rows.get(1), "x");
            ledger.markFailed(rows.get(1), "550 mailbox unavailable");
        }
        Run resend = newsdesk("resend", "lmec-2021-6");
        assertThat(resend.exit()).as(resend.err()).isZero();
        assertThat(resend.out()).contains("sent=3", "failed=0");
        try (Stream<Path> mails = Files.list(home.resolve("outbox/lmec-2021-6"))) {
            assertThat(mails.map(p -> p.getFileName().toString()).toList())
                    .hasSize(2)
                    .noneMatch(n -> n.contains("reader0@"))
                    .anyMatch(n -> n.contains("reader1@"))
                    .anyMatch(n -> n.contains("reader2@"));
        }
        assertThat(newsdesk("resend", "lmec-2099-9").exit()).isEqualTo(2);
    }
}
