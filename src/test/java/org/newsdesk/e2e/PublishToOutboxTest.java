package org.newsdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.app.NewsdeskConfiguration;

/** With no SMTP server configured, each subscriber's mail is written as one .eml file to the outbox. */
@CamelMainTest(
        configurationClasses = NewsdeskConfiguration.class,
        propertyPlaceholderLocations = "file:config/application.properties",
        properties = "camel.main.routes-include-pattern=file:routes/*.camel.yaml")
class PublishToOutboxTest {

    private static Path work;

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void prepare() throws Exception {
        work = PipelineFixture.prepareWorkDir("outbox", Map.of());
    }

    @AfterAll
    static void clear() {
        PipelineFixture.clearSettings(Map.of());
    }

    @Test
    void writesOneEmlPerSubscriberAndKeepsTheIssueInTheArchive() throws Exception {
        PipelineFixture.dropNote(
                work,
                "china-asean",
                PipelineFixture.PROJECT.resolve("examples/inbox/china-asean/01_sscc-forum_2021-09-15_part1.md"));
        PipelineFixture.awaitInboxEmpty(work);

        PipelineFixture.publishNow(context, "china-asean");

        int year = Year.now().getValue();
        Path issueFolder = work.resolve("outbox/china-asean-" + year + "-1");
        List<Path> mails;
        try (Stream<Path> files = Files.list(issueFolder)) {
            mails = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        // examples/subscribers/china-asean.csv lists two readers
        assertThat(mails).hasSize(2);
        for (Path eml : mails) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(mail.getSubject()).contains("Issue 1, " + year);
                assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            }
        }
        Path archive = work.resolve("archive/china-asean/" + year);
        assertThat(archive.resolve("issue-1.pdf")).exists();
        assertThat(archive.resolve("issue-1.html")).exists();
        assertThat(archive.resolve("issue-1.json")).exists();
        String pdf = PipelineFixture.flat(PipelineFixture.pdfText(archive.resolve("issue-1.pdf")));
        assertThat(pdf)
                .contains(
                        "China-ASEAN Environmental Cooperation Center",
                        "Chen Zhihua",
                        "Zhou Jun",
                        "Yu Xin",
                        "Wang Qian",
                        "Postal Code:100035 Tel: +86-010-82268221");
        // the note was read and kept, not deleted
        try (Stream<Path> processed = Files.walk(work.resolve("processed"))) {
            assertThat(processed
                            .filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .containsExactly("01_sscc-forum_2021-09-15_part1.md");
        }
    }
}
