package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.MailEnvelope;
import org.newsdesk.domain.NoteRejectedException;

class MailRepliesTest {

    private final List<MimeMessage> sent = new ArrayList<>();
    private final MailTransport transport = new MailTransport() {
        @Override
        public SendResult send(MimeMessage message, String issueId, long subscriberId) {
            sent.add(message);
            return SendResult.sent("ok");
        }

        @Override
        public String describe() {
            return "test";
        }
    };
    private final MailReplies replies = new MailReplies(
            transport,
            "newsdesk@newsdesk.test",
            "Failed",
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    private static final NoteRejectedException REFUSED = new NoteRejectedException(
            "corrupt-pdf",
            "The PDF \"notes.pdf\" is damaged or incomplete and cannot be opened; export it again and resend it.");

    @Test
    void theReplyNamesTheNoteTheProblemAndWhatToDoUnderAFixedSubject() throws Exception {
        replies.reply(
                REFUSED, new MailEnvelope("<a@b>", "officer@partner.test", false, "Forum notes", "Forum notes.eml"));
        assertThat(sent).hasSize(1);
        MimeMessage reply = sent.get(0);
        assertThat(reply.getSubject()).isEqualTo(MailReplies.SUBJECT);
        assertThat(reply.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        String body = reply.getContent().toString();
        assertThat(body)
                .contains("\"Forum notes\"")
                .contains("notes.pdf")
                .contains("export it again")
                .contains("\"Failed\"")
                .contains("corrupt-pdf");
    }

    @Test
    void nothingFromTheIncomingMailReachesAHeaderOfTheReply() throws Exception {
        String hostile = "Forum\r\nBcc: victim@x.test\r\nX-Evil: 1";
        replies.reply(
                REFUSED, new MailEnvelope("<a@b>\r\nBcc: v@x.test", "officer@partner.test", false, hostile, "x.eml"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        sent.get(0).writeTo(raw);
        String headers = raw.toString(StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertThat(headers)
                .doesNotContain("victim")
                .doesNotContain("X-Evil")
                .doesNotContain("Forum")
                .doesNotContain("v@x.test");
        assertThat(sent.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("officer@partner.test");
    }

    @Test
    void automaticMailsAndMailsWithoutASenderGetNoReply() {
        replies.reply(REFUSED, new MailEnvelope("<a@b>", "mailer-daemon@partner.test", true, "Undelivered", "x.eml"));
        replies.reply(REFUSED, new MailEnvelope("<a@b>", null, false, "x", "x.eml"));
        replies.reply(REFUSED, new MailEnvelope("<a@b>", "newsdesk@newsdesk.test", false, "x", "x.eml"));
        replies.reply(REFUSED, null);
        assertThat(sent).isEmpty();
    }

    @Test
    void withoutSmtpTheReplyIsWrittenToTheRepliesFolderOfTheOutbox(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path outbox) throws Exception {
        MailReplies toFiles = new MailReplies(
                new org.newsdesk.deliver.OutboxTransport(outbox),
                "newsdesk@newsdesk.test",
                "Failed",
                Clock.systemUTC());
        toFiles.reply(REFUSED, new MailEnvelope("<a@b>", "officer@partner.test", false, "Forum", "Forum.eml"));
        toFiles.reply(REFUSED, new MailEnvelope("<c@d>", "officer@partner.test", false, "Forum", "Forum.eml"));
        try (var files = java.nio.file.Files.list(outbox.resolve("replies"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .hasSize(2)
                    .allMatch(n -> n.endsWith("officer@partner.test.eml"));
        }
    }
}
