package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;

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
    private PrintStream originalErr;

    @AfterEach
    void stop() {
        if (originalErr != null) {
            System.setErr(originalErr);
        }
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

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, log), true, StandardCharsets.UTF_8));
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("newsdesk.mailbox.host", "localhost");
        settings.put("newsdesk.mailbox.port", Integer.toString(imapPort));
        settings.put("newsdesk.mailbox.protocol", "imap");
        settings.put("newsdesk.mailbox.user", "notes");
        settings.put("newsdesk.mailbox.password", "secret");
        settings.put("newsdesk.mailbox.reply-from", "notes@newsdesk.test");
        settings.put("newsdesk.mailbox.poll-millis", "200");
        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> text(log).contains("Polling imap://localhost:" + imapPort));
            Thread.sleep(3000); // some fifteen polls more
            String during = text(log);
            user.setPassword("secret");
            await().atMost(Duration.ofSeconds(30)).until(() -> text(log).contains("failed: over after"));
            originalErr.println("---- log ----\n" + text(log) + "\n---- end ----");

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

    private static String text(ByteArrayOutputStream log) {
        synchronized (log) {
            return log.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final ByteArrayOutputStream b;

        Tee(OutputStream a, ByteArrayOutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }
    }
}
