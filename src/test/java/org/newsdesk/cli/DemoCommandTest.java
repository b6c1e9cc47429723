package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's first command: the demo on the bundled examples ends with PDFs, HTML and mails. */
class DemoCommandTest {

    @Test
    void publishesTheExampleNotesAndWritesOneMailPerSubscriber() throws Exception {
        Path work = Path.of("target/demo-test").toAbsolutePath();
        int exit = new CommandLine(new NewsdeskCommand()).execute("demo", "--work-dir", work.toString());
        assertThat(exit).isZero();
        try (Stream<Path> archive = Files.walk(work.resolve("archive"))) {
            assertThat(archive.map(p -> p.getFileName().toString())).contains("issue-1.pdf", "issue-1.html");
        }
        try (Stream<Path> outbox = Files.walk(work.resolve("outbox"))) {
            assertThat(outbox.filter(p -> p.toString().endsWith(".eml")).count())
                    .isGreaterThanOrEqualTo(2);
        }
        // the web archive as static files, for both publications
        int year = java.time.LocalDate.now().getYear();
        for (String pub : java.util.List.of("lmec", "china-asean")) {
            Path archive = work.resolve("site/p").resolve(pub);
            assertThat(Files.readString(archive.resolve("index.html")))
                    .contains("Issue 1, " + year, "href=\"" + year + "/1/\"");
            assertThat(Files.readString(archive.resolve("feed.atom"))).contains("<entry>", "issue.pdf");
            assertThat(Files.readString(archive.resolve(year + "/1/index.html")))
                    .contains("All issues of");
            assertThat(Files.size(archive.resolve(year + "/1/issue.pdf"))).isPositive();
        }
        assertThat(work.resolve("site/p/assets/site.css")).exists();
        // every demo mail is DKIM-signed with the demo's test key, and the independent verifier agrees
        org.newsdesk.testing.DkimCheck.assumeAvailable();
        // every mail: the senders sign at the same time, and one signer shared between them broke some
        for (String pub : java.util.List.of("lmec", "china-asean")) {
            String key = Files.readString(work.resolve("dkim/" + pub + ".pub"));
            try (Stream<Path> outbox = Files.walk(work.resolve("outbox").resolve(pub + "-" + year + "-1"))) {
                for (Path each :
                        outbox.filter(p -> p.toString().endsWith(".eml")).toList()) {
                    assertThat(org.newsdesk.testing.DkimCheck.verifies(Files.readAllBytes(each), key))
                            .as("DKIM signature of %s", each.getFileName())
                            .isTrue();
                }
            }
        }
        String publicKey = Files.readString(work.resolve("dkim/lmec.pub"));
        Path mail;
        try (Stream<Path> outbox = Files.walk(work.resolve("outbox").resolve("lmec-" + year + "-1"))) {
            mail = outbox.filter(p -> p.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        byte[] raw = Files.readAllBytes(mail);
        assertThat(new String(raw, java.nio.charset.StandardCharsets.UTF_8)).contains("DKIM-Signature:", "s=demo");
        assertThat(org.newsdesk.testing.DkimCheck.verifies(raw, publicKey)).isTrue();
        byte[] changed = new String(raw, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("Lancang-Mekong Roundtable", "Lancang-Mekong Roundtab1e")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.newsdesk.testing.DkimCheck.verifies(changed, publicKey)).isFalse();
    }
}
