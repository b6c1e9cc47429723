package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Item;
import org.newsdesk.read.TestNotes;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** Notes mailed to a real IMAP mailbox (GreenMail) are read once; a bad mail is moved aside and answered once. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MailboxIntakeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
                ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.SMTP.dynamicPort()
            })
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("notes@newsdesk.test", "notes", "secret"))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static GreenMailUser mailbox;

    static final String GB_NOTE = """
            ---
            title: 南南合作气候变化论坛
            date: 2021-09-15
            ---
            ## 张燕 — 合作专家, 联合国儿童基金会驻华办事处

            该平台是一个开放、包容、创新和务实的平台，其未来工作的主要方向与联合国可持续发展目标相衔接。
            """;

    @BeforeAll
    static void start() {
        mailbox = greenMail.getUserManager().getUser("notes");
        newsdesk = RunningNewsdesk.start(
                work,
                Map.of(
                        "newsdesk.mailbox.host", "127.0.0.1",
                        "newsdesk.mailbox.protocol", "imap",
                        "newsdesk.mailbox.port",
                                Integer.toString(greenMail.getImap().getPort()),
                        "newsdesk.mailbox.user", "notes",
                        "newsdesk.mailbox.password", "secret",
                        "newsdesk.mailbox.poll-millis", "200",
                        "newsdesk.mailbox.reply-from", "newsdesk@newsdesk.test",
                        "newsdesk.smtp.host", "127.0.0.1",
                        "newsdesk.smtp.port",
                                Integer.toString(greenMail.getSmtp().getPort()),
                        "newsdesk.smtp.security", "none"));
    }

    @AfterAll
    static void stop() {
        if (newsdesk != null) {
            newsdesk.close();
        }
    }

    @Test
    void aGb18030AttachmentWithAnRfc2231ChineseNameIsReadAndTheMailEndsInProcessed() throws Exception {
        MimeBodyPart note = TestNotes.attachment(GB_NOTE.getBytes(Charset.forName("GB18030")), "text/plain");
        // RFC 2231: the name percent-encoded in UTF-8, as Outlook and Thunderbird send it
        note.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + percent("论坛纪要.txt"));
        MimeMessage mail = TestNotes.mailWithAttachments("officer@partner.test", "Dear editor, notes attached.", note);
        mail.setSubject("=?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString("论坛纪要".getBytes(StandardCharsets.UTF_8)) + "?=");
        mail.setHeader("Message-ID", "<gb-note-1@partner.test>");
        mail.saveChanges();
        mail.setHeader("Message-ID", "<gb-note-1@partner.test>");
        mailbox.deliver(mail);

        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> folder("Processed").contains("论坛纪要"));
        List<Item> stored = all(items);
        assertThat(stored).anySatisfy(item -> {
            assertThat(item.source().file()).isEqualTo("论坛纪要.txt");
            assertThat(item.source().via()).isEqualTo("mailbox");
            assertThat(item.speakers())
                    .anySatisfy(s -> assertThat(s.statement()).contains("开放、包容、创新和务实"));
        });
        assertThat(folder("INBOX")).isEmpty();
        assertThat(repliesTo("officer@partner.test")).isEmpty();
    }

    @Test
    void aMailThatCannotBeReadEndsInFailedAndItsSenderGetsExactlyOneReplyNamingTheReason() throws Exception {
        MimeBodyPart program =
                TestNotes.attachment("MZ not a note".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        program.setFileName("minutes.txt.exe");
        MimeBodyPart good = TestNotes.attachment(TestNotes.GOOD_NOTE.getBytes(StandardCharsets.UTF_8), "text/plain");
        good.setFileName("good.md");
        MimeMessage mail = TestNotes.mailWithAttachments("bad.sender@partner.test", "notes", good, program);
        // a hostile subject and a header that would steer the consumer, were headers trusted
        mail.setHeader("Subject", "=?UTF-8?Q?notes=0D=0ABcc:_victim@x.test?=");
        mail.setHeader("moveTo", "INBOX");
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        io.micrometer.core.instrument.Metrics.addRegistry(meters);
        try {
            mailbox.deliver(mail);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> meters.counter("newsdesk.notes.rejected").count() == 1.0);
        } finally {
            io.micrometer.core.instrument.Metrics.removeRegistry(meters);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> folder("Failed").stream().anyMatch(s -> s.startsWith("notes")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> repliesTo("bad.sender@partner.test").size() == 1);
        Thread.sleep(1000); // more polls: still one reply, and the mail is not read again
        List<MimeMessage> replies = repliesTo("bad.sender@partner.test");
        assertThat(replies).hasSize(1);
        MimeMessage reply = replies.get(0);
        assertThat(reply.getSubject()).isEqualTo("newsdesk could not read your notes");
        assertThat(reply.getHeader("Bcc")).isNull();
        assertThat(reply.getAllRecipients()).extracting(Object::toString).containsExactly("bad.sender@partner.test");
        assertThat(reply.getHeader("moveTo")).isNull();
        assertThat(reply.getMessageID()).as("in the sender's domain").endsWith("@newsdesk.test>");
        assertThat(reply.getFrom()).extracting(Object::toString).containsExactly("newsdesk@newsdesk.test");
        String body = reply.getContent().toString();
        assertThat(body).contains("minutes.txt.exe").contains("unsupported-attachment-type");
        assertThat(repliesTo("victim@x.test")).isEmpty();
        assertThat(folder("INBOX")).isEmpty();
    }

    @Test
    void anEmptyMailEndsInFailedAndItsSenderIsToldItWasEmpty() throws Exception {
        MimeMessage mail = TestNotes.mail("empty@partner.test", "Forum notes");
        mail.setText("", "UTF-8");
        mail.saveChanges();
        mailbox.deliver(mail);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> repliesTo("empty@partner.test").size() == 1);
        assertThat(repliesTo("empty@partner.test").get(0).getContent().toString())
                .contains("empty-input")
                .contains("\"Forum notes\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> folder("Failed").contains("Forum notes"));
    }

    @Test
    void theSameMailDeliveredTwiceIsReadOnce() throws Exception {
        MimeBodyPart note = TestNotes.attachment(
                TestNotes.GOOD_NOTE.replace("Zhang Yan", "Li Nan").getBytes(StandardCharsets.UTF_8), "text/plain");
        note.setFileName("twice.md");
        MimeMessage mail = TestNotes.mailWithAttachments("twice@partner.test", "notes", note);
        mail.setHeader("Message-ID", "<twice-1@partner.test>");
        int before = folder("Processed").size();
        mailbox.deliver(mail);
        await().atMost(Duration.ofSeconds(30)).until(() -> folder("Processed").size() == before + 1);
        long items = all(newsdesk.bean("itemStore", ItemStore.class)).stream()
                .filter(i -> "twice.md".equals(i.source().file()))
                .count();
        mailbox.deliver(mail);
        await().atMost(Duration.ofSeconds(30)).until(() -> folder("Processed").size() == before + 2);
        assertThat(all(newsdesk.bean("itemStore", ItemStore.class)).stream()
                        .filter(i -> "twice.md".equals(i.source().file()))
                        .count())
                .isEqualTo(items)
                .isEqualTo(1);
        assertThat(repliesTo("twice@partner.test")).isEmpty();
    }

    @Test
    void aMailSomeoneAlreadyOpenedInAMailClientIsStillRead() throws Exception {
        MimeBodyPart note = TestNotes.attachment(
                TestNotes.GOOD_NOTE.replace("Zhang Yan", "Wu Fang").getBytes(StandardCharsets.UTF_8), "text/plain");
        note.setFileName("opened.md");
        MimeMessage mail = TestNotes.mailWithAttachments("opened@partner.test", "notes", note);
        mail.setSubject("opened notes");
        mail.setHeader("Message-ID", "<opened-1@partner.test>");
        inbox().appendMessage(mail, new Flags(Flags.Flag.SEEN), new Date());

        await().atMost(Duration.ofSeconds(30)).until(() -> itemsFrom("opened.md") == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> !folder("INBOX").contains("opened notes"));
        assertThat(folder("Processed")).contains("opened notes");
    }

    @Test
    void aMailLeftSeenInTheInboxAfterItWasReadIsMovedWithoutASecondItem() throws Exception {
        MimeBodyPart note = TestNotes.attachment(
                TestNotes.GOOD_NOTE.replace("Zhang Yan", "Zhou Lin").getBytes(StandardCharsets.UTF_8), "text/plain");
        note.setFileName("left-seen.md");
        MimeMessage mail = TestNotes.mailWithAttachments("left@partner.test", "notes", note);
        mail.setSubject("left seen");
        mail.setHeader("Message-ID", "<left-seen-1@partner.test>");
        mailbox.deliver(mail);
        await().atMost(Duration.ofSeconds(30)).until(() -> itemsFrom("left-seen.md") == 1);
        int processed = folder("Processed").size();

        // what an instance killed between flagging the mail seen and moving it leaves behind
        inbox().appendMessage(mail, new Flags(Flags.Flag.SEEN), new Date());

        await().atMost(Duration.ofSeconds(30)).until(() -> folder("Processed").size() == processed + 1);
        assertThat(folder("INBOX")).doesNotContain("left seen");
        assertThat(itemsFrom("left-seen.md")).isEqualTo(1);
        assertThat(repliesTo("left@partner.test")).isEmpty();
    }

    private static MailFolder inbox() throws Exception {
        return greenMail.getManagers().getImapHostManager().getInbox(mailbox);
    }

    private static long itemsFrom(String file) {
        return all(newsdesk.bean("itemStore", ItemStore.class)).stream()
                .filter(i -> file.equals(i.source().file()))
                .count();
    }

    private static List<Item> all(ItemStore items) {
        List<Item> out = new java.util.ArrayList<>(items.withStatus(null, "pending"));
        out.addAll(items.withStatus(null, "held"));
        return out;
    }

    private static List<MimeMessage> repliesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients() != null
                                && Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().contains(address))
                                && "newsdesk could not read your notes".equals(m.getSubject());
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static List<String> folder(String name) throws Exception {
        Properties p = new Properties();
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "notes", "secret");
        try {
            Folder f = store.getFolder(name);
            if (!f.exists()) {
                return List.of();
            }
            f.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(f.getMessages())
                        .filter(m -> {
                            try {
                                return !m.isSet(jakarta.mail.Flags.Flag.DELETED);
                            } catch (Exception e) {
                                return true;
                            }
                        })
                        .map(MailboxIntakeTest::subject)
                        .toList();
            } finally {
                f.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String subject(Message m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (Exception e) {
            return "?";
        }
    }

    static String percent(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    @Test
    void aMailboxWhoseLoginIsABareNameNeedsAReplyAddressOrTheServiceDoesNotStart(@TempDir Path other) {
        Map<String, String> settings = new java.util.HashMap<>(RunningNewsdesk.quiet(other));
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("newsdesk.mailbox.host", "127.0.0.1");
        settings.put("newsdesk.mailbox.protocol", "imap");
        settings.put(
                "newsdesk.mailbox.port", Integer.toString(greenMail.getImap().getPort()));
        settings.put("newsdesk.mailbox.user", "notes");
        settings.put("newsdesk.mailbox.password", "secret");
        settings.put("newsdesk.mailbox.reply-from", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningNewsdesk.start(settings))
                .rootCause()
                .hasMessageContaining("the mailbox login \"notes\" is not one")
                .hasMessageContaining("NEWSDESK_MAILBOX_REPLY_FROM");
    }
}
