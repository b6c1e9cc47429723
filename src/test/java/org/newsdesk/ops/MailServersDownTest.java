package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * The mail servers are down when newsdesk starts: it starts anyway, the folder intake runs, health
 * names the parts that are down, and when the servers come up the mailbox is read and issues are
 * mailed, with no restart.
 */
class MailServersDownTest {

    @TempDir
    Path work;

    private GreenMail mailServers;

    @AfterEach
    void stopMail() {
        if (mailServers != null) {
            mailServers.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void newsdeskStartsWithTheMailServersDownAndRecoversWhenTheyComeUp() throws Exception {
        int smtpPort = freePort();
        int imapPort = freePort();
        Map<String, String> settings = HttpOperationsTest.withServer(work, "token");
        settings.put("newsdesk.smtp.host", "localhost");
        settings.put("newsdesk.smtp.port", Integer.toString(smtpPort));
        settings.put("newsdesk.smtp.security", "none");
        settings.put("newsdesk.smtp.timeout-millis", "2000");
        settings.put("newsdesk.mailbox.host", "localhost");
        settings.put("newsdesk.mailbox.port", Integer.toString(imapPort));
        settings.put("newsdesk.health.timeout-millis", "500");
        // the mailbox intake's settings (routes/intake.camel.yaml, route intake-mailbox, where present)
        settings.put("newsdesk.mailbox.protocol", "imap");
        settings.put("newsdesk.mailbox.user", "notes");
        settings.put("newsdesk.mailbox.password", "secret");
        settings.put("newsdesk.mailbox.reply-from", "notes@newsdesk.test");
        settings.put("newsdesk.mailbox.poll-millis", "300");

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            String base = "http://localhost:" + HttpOperationsTest.port(newsdesk);
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            // the mailbox intake of routes/intake.camel.yaml when there is one; otherwise a stand-in that
            // polls the same way (camel-mail: fails while the server is down, polls again at the next delay)
            boolean realIntake = newsdesk.context().getRoute("intake-mailbox") != null;
            AtomicInteger mailsRead = new AtomicInteger();
            if (!realIntake) {
                newsdesk.context().addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("imap://localhost:" + imapPort + "?username=notes&password=secret&initialDelay=0&delay=300"
                                        + "&backoffErrorThreshold=2&backoffMultiplier=2&connectionTimeout=1000")
                                .routeId("test-mailbox-intake")
                                .process(e -> mailsRead.incrementAndGet());
                    }
                });
            }

            String health = HttpOperationsTest.call("GET", base + "/observe/health?exposureLevel=full", null, null)
                    .body();
            assertThat(health).contains("\"DOWN\"");
            assertThat(health)
                    .containsPattern("(?s)\"mailbox\".{0,400}DOWN")
                    .containsPattern("(?s)\"smtp\".{0,400}DOWN");
            assertThat(health).containsPattern("(?s)\"database\".{0,200}UP");

            // the folder intake works meanwhile
            RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
            await().atMost(Duration.ofSeconds(10)).until(() -> items.count("china-asean", "pending") == 1);

            // an issue made while SMTP is down: nothing is marked sent, the rows wait to be tried again
            ProducerTemplate producer = newsdesk.context().createProducerTemplate();
            producer.sendBodyAndHeaders(
                    "direct:publish", null, Map.of("publication", "china-asean", "publishNow", true));
            IssueStore issues = newsdesk.bean("issueStore", IssueStore.class);
            DeliveryLedger ledger = newsdesk.bean("deliveryLedger", DeliveryLedger.class);
            Issue first = issues.latest("china-asean").orElseThrow();
            assertThat(ledger.counts(first.id())).containsEntry("sent", 0).containsEntry("pending", 2);

            mailServers = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "localhost", "smtp"), new ServerSetup(imapPort, "localhost", "imap")
            });
            mailServers.setUser("notes@newsdesk.test", "notes", "secret");
            mailServers.start();
            int itemsBefore = items.count(null, "pending") + items.count(null, "held");
            GreenMailUtil.sendTextEmail(
                    "notes@newsdesk.test",
                    "officer@example.org",
                    "LMEC roundtable notes",
                    """
                    ---
                    publication: lmec
                    title: Roundtable on river basins
                    date: 2026-11-20
                    format: online
                    ---

                    ## Li Lei — Director, FECO

                    Cooperation matters.
                    """,
                    mailServers.getSmtp().getServerSetup());

            if (realIntake) {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> items.count(null, "pending") + items.count(null, "held") > itemsBefore);
            } else {
                await().atMost(Duration.ofSeconds(20)).until(() -> mailsRead.get() == 1);
            }
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !HttpOperationsTest.call("GET", base + "/observe/health", null, null)
                            .body()
                            .contains("DOWN"));

            // the next issue goes out over the SMTP server that is now up
            items.save(TestItems.pending("itm-after-recovery"));
            producer.sendBodyAndHeaders(
                    "direct:publish", null, Map.of("publication", "china-asean", "publishNow", true));
            Issue second = issues.latest("china-asean").orElseThrow();
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(ledger.counts(second.id())).containsEntry("sent", 2);
            // the note mailed in by the test + 2 newsletters
            assertThat(mailServers.getReceivedMessages().length).isGreaterThanOrEqualTo(3);
        }
    }
}
