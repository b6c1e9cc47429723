package org.newsdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.app.NewsdeskConfiguration;

/**
 * The whole pipeline on the real routes: a note dropped into the inbox becomes an issue, and every
 * subscriber receives exactly one mail over SMTP (GreenMail) with the PDF attached; the PDF says what
 * a reader expects to find.
 */
@CamelMainTest(
        configurationClasses = NewsdeskConfiguration.class,
        propertyPlaceholderLocations = "file:config/application.properties",
        properties = "camel.main.routes-include-pattern=file:routes/*.camel.yaml")
class PublishBySmtpTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static Map<String, String> settings;
    private static Path work;

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void startMailServerAndPointTheServiceAtIt() throws Exception {
        SMTP.start();
        settings = Map.of(
                "newsdesk.smtp.host",
                "127.0.0.1",
                "newsdesk.smtp.port",
                Integer.toString(SMTP.getSmtp().getPort()),
                "newsdesk.smtp.security",
                "none",
                "newsdesk.smtp.user",
                "");
        work = PipelineFixture.prepareWorkDir("smtp", settings);
        System.setProperty("newsdesk.smtp.host", "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        PipelineFixture.clearSettings(settings);
    }

    @Test
    void everySubscriberReceivesExactlyOneMailWithTheIssuePdf() throws Exception {
        PipelineFixture.dropNote(
                work, "lmec", PipelineFixture.PROJECT.resolve("src/test/resources/e2e/lmec-carbon-neutrality.md"));
        PipelineFixture.awaitInboxEmpty(work);
        assertThat(PipelineFixture.items(context).count("lmec", "pending")).isEqualTo(1);

        PipelineFixture.publishNow(context, "lmec");

        MimeMessage[] received = SMTP.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            recipients.add(Arrays.toString(m.getAllRecipients()));
        }
        // examples/subscribers/lmec.csv lists three readers; each gets one mail, nobody else gets any
        assertThat(received).hasSize(3);
        assertThat(String.join(" ", recipients))
                .contains("reader.one@lmec.example", "partner-ngo@ngo.example", "wang.xiaoming@reader.example");
        assertThat(recipients).doesNotHaveDuplicates();

        for (MimeMessage mail : received) {
            // the subject names the lead event
            assertThat(mail.getSubject())
                    .startsWith("LMEC Newsletter Issue 1, " + Year.now().getValue() + ": Lancang-Mekong Roundtable");
            Part pdf = attachment(mail);
            assertThat(pdf.getFileName())
                    .isEqualTo("LMEC-Newsletter-Issue-1-" + Year.now().getValue() + ".pdf");
            String text = PipelineFixture.flat(PipelineFixture.pdfText(pdf.getInputStream()));
            assertThat(text)
                    .contains(
                            "澜沧江-湄公河环境合作中心",
                            "Lancang-Mekong Environmental Cooperation Center",
                            "Newsletter",
                            "Issue 1, " + Year.now().getValue());
            assertThat(text).contains("Miao Hong", "Lei Xiaomeng", "Hu Kehua");
            for (String contactLine : List.of(
                    "Contact Us",
                    "Lancang-Mekong Environmental Cooperation Center",
                    "Foreign Environmental Cooperation Center, Ministry of Ecology and Environment",
                    "Address: No.5 Houyingfang Hutong, Xicheng District, Beijing, 100035, P. R. China",
                    "Tel: +86-010-82268277/8221",
                    "Fax: +86-010-82200579",
                    "E-mail: tang.huaqing@fecomee.org.cn",
                    "li.xia@fecomee.org.cn",
                    "WeChat ID: lancang-mekongcec")) {
                assertThat(text).contains(contactLine);
            }
            // the address is a live link, drawn after the rest of its line: PDFBox reads it back out of place
            assertThat(text).contains("Web: <").contains("http://www.lmec.org.cn");
        }
    }

    private static Part attachment(MimeMessage mail) throws Exception {
        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) mail.getContent();
        Part pdf = null;
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                assertThat(pdf).as("one PDF per mail").isNull();
                pdf = part;
            }
        }
        assertThat(pdf).as("the issue PDF is attached").isNotNull();
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(pdf.getDisposition());
        return pdf;
    }
}
