package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;
import org.newsdesk.testing.StandardErrorCapture;

/**
 * A mailbox that refuses the login (a wrong IMAP password, against GreenMail) while the mailbox
 * intake polls five times a second: one log line naming the endpoint and the reason, no stack trace,
 * and one line when the login works again.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MailboxPollLogTest {

    @TempDir
    Path work;

    private GreenMail mail;

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aFailingPollIsOneLineWithTheReasonAndItsEndIsSaidOnce() throws Exception {
        int imapPort;
        try (ServerSocket s = new ServerSocket(0)) {
            imapPort = s.getLocalPort();
        }
        mail = new GreenMail(new ServerSetup(imapPort, "localhost", "imap"));
        mail.start();
        GreenMailUser user = mail.setUser("notes@newsdesk.test", "notes", "not-the-password");

        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("newsdesk.mailbox.host", "localhost");
        settings.put("newsdesk.mailbox.port", Integer.toString(imapPort));
        settings.put("newsdesk.mailbox.protocol", "imap");
        settings.put("newsdesk.mailbox.user", "notes");
        settings.put("newsdesk.mailbox.password", "secret");
        settings.put("newsdesk.mailbox.reply-from", "notes@newsdesk.test");
        settings.put("newsdesk.mailbox.poll-millis", "200");
        try (StandardErrorCapture log = new StandardErrorCapture();
                RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> log.text().contains("Polling imap://localhost:" + imapPort));
            Thread.sleep(3000); // some fifteen polls more
            String during = log.text();
            user.setPassword("secret");
            await().atMost(Duration.ofSeconds(30)).until(() -> log.text().contains("failed: over after"));

            assertThat(during.lines().filter(l -> l.contains("imap://localhost:" + imapPort)))
                    .as("one line for the failing polls")
                    .hasSize(1)
                    .first()
                    .asString()
                    .contains("[ERROR] PollFaults - Polling imap://localhost:" + imapPort + " failed: ")
                    .contains("AuthenticationFailedException")
                    .doesNotContain("secret");
            assertThat(during).doesNotContain("\tat ");
        }
    }
}
