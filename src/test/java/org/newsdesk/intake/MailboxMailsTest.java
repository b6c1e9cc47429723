package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.MailEnvelope;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.read.MailText;
import org.newsdesk.read.TestNotes;

class MailboxMailsTest {

    private final MailboxMails mails =
            new MailboxMails(new ReadLimits(1024, 2_000_000, 50L << 20, 200, 20), Clock.systemUTC());

    private static MimeMessage parse(String raw) throws Exception {
        return MailText.parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEnvelopeTakesTheMessageIdAndRepliesGoToReplyToBeforeFrom() throws Exception {
        MailEnvelope e = mails.envelopeOf(parse("Message-ID: <m1@partner.test>\r\nFrom: A <a@partner.test>\r\n"
                + "Reply-To: desk@partner.test\r\nSubject: =?UTF-8?B?5Lya6K6u57qq6KaB?=\r\n\r\nnotes\r\n"));
        assertThat(e.messageId()).isEqualTo("<m1@partner.test>");
        assertThat(e.sender()).isEqualTo("desk@partner.test");
        assertThat(e.subject()).isEqualTo("会议纪要");
        assertThat(e.name()).isEqualTo("会议纪要.eml");
        assertThat(e.automatic()).isFalse();
    }

    @Test
    void aMailWithoutMessageIdIsKnownByAFingerprintOfItsHeaders() throws Exception {
        String raw = "From: a@partner.test\r\nSubject: x\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nnotes\r\n";
        assertThat(mails.envelopeOf(parse(raw)).messageId())
                .startsWith("no-message-id:")
                .isEqualTo(mails.envelopeOf(parse(raw)).messageId());
    }

    @Test
    void bouncesAndAutoRepliesAreMarkedAutomatic() throws Exception {
        assertThat(mails.envelopeOf(parse("From: a@partner.test\r\nAuto-Submitted: auto-replied\r\n\r\nx\r\n"))
                        .automatic())
                .isTrue();
        assertThat(mails.envelopeOf(parse("From: MAILER-DAEMON@partner.test\r\n\r\nx\r\n"))
                        .automatic())
                .isTrue();
    }

    @Test
    void anUnusableSenderAddressMeansNoSender() throws Exception {
        assertThat(mails.envelopeOf(parse("From: not an address\r\n\r\nx\r\n")).sender())
                .isNull();
    }

    @Test
    void aMailOverTheLimitIsRefusedAsTooLarge() throws Exception {
        MimeMessage big = TestNotes.mail("a@partner.test", "big");
        big.setText("x".repeat(5000));
        big.saveChanges();
        assertThatThrownBy(() -> mails.loadFrom(big)).hasMessageStartingWith("too-large");
    }

    @Test
    void aMailIsLoadedAsItsRawBytesUnderItsSubject() throws Exception {
        MimeMessage m = TestNotes.mail("a@partner.test", "Forum");
        m.setText("notes");
        m.saveChanges();
        var file = mails.loadFrom(m);
        assertThat(file.fileName()).isEqualTo("Forum.eml");
        assertThat(file.via()).isEqualTo("mailbox");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8))
                .contains("Subject: Forum")
                .contains("notes");
    }
}
