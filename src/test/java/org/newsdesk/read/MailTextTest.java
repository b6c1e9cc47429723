package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.NoteRejectedException;

/** What of a mail is a note: the parts a mail client adds around the notes are not. */
class MailTextTest {

    private final NoteReader reader = new NoteReader();

    private static final String BODY = """
            Notes from the river basin meeting, 4 March 2026.

            Dr. Ana Ruiz (Basin Authority) said the new gauges report every ten minutes.
            """;

    private static String mail(String contentType, String... parts) {
        StringBuilder mail = new StringBuilder("""
                From: Officer <officer@partner.example>
                To: notes@newsdesk.example
                Subject: River basin meeting
                Message-ID: <parts-1@partner.example>
                MIME-Version: 1.0
                Content-Type: %s; boundary="b1"

                """.formatted(contentType));
        for (String part : parts) {
            mail.append("--b1\n").append(part).append("\n");
        }
        return mail.append("--b1--\n").toString().replace("\n", "\r\n");
    }

    private static final String TEXT_PART = "Content-Type: text/plain; charset=utf-8\n\n" + BODY;

    private List<ReadNote> read(String mail) {
        return reader.read(TestNotes.file("meeting.eml", mail.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aForwardedMeetingWithItsInviteIsReadFromTheMailText() {
        String invite = """
                Content-Type: text/calendar; method=REQUEST; charset=utf-8; name="invite.ics"
                Content-Disposition: attachment; filename="invite.ics"

                BEGIN:VCALENDAR
                BEGIN:VEVENT
                SUMMARY:River basin meeting
                DTSTART:20260304T090000Z
                END:VEVENT
                END:VCALENDAR
                """;
        List<ReadNote> notes = read(mail("multipart/mixed", TEXT_PART, invite));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("new gauges report every ten minutes");
            assertThat(n.text()).doesNotContain("VCALENDAR");
        });
    }

    @Test
    void aSignedMailIsReadWithoutItsSignature() {
        String signature = """
                Content-Type: application/pkcs7-signature; name="smime.p7s"
                Content-Transfer-Encoding: base64
                Content-Disposition: attachment; filename="smime.p7s"

                MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIF
                """;
        String mail = mail(
                "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256", TEXT_PART, signature);
        assertThat(read(mail))
                .singleElement()
                .satisfies(n -> assertThat(n.text()).contains("Dr. Ana Ruiz"));
    }

    @Test
    void aBusinessCardSentAsOctetStreamIsNotTakenForANote() {
        String note = """
                Content-Type: text/markdown; charset=utf-8
                Content-Disposition: attachment; filename="notes.md"

                """ + BODY;
        String card = """
                Content-Type: application/octet-stream; name="Ana Ruiz.vcf"
                Content-Disposition: attachment; filename="Ana Ruiz.vcf"

                BEGIN:VCARD
                FN:Ana Ruiz
                END:VCARD
                """;
        String cover = "Content-Type: text/plain; charset=utf-8\n\nNotes attached.\n";
        assertThat(read(mail("multipart/mixed", cover, note, card)))
                .singleElement()
                .satisfies(n -> assertThat(n.fileName()).isEqualTo("notes.md"));
    }

    @Test
    void aSpreadsheetAttachedIsStillRefusedWithTheReason() {
        String sheet = """
                Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="list.xlsx"
                Content-Transfer-Encoding: base64
                Content-Disposition: attachment; filename="list.xlsx"

                UEsDBBQAAAAIAA==
                """;
        assertThatThrownBy(() -> read(mail("multipart/mixed", TEXT_PART, sheet)))
                .isInstanceOfSatisfying(
                        NoteRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("unsupported-attachment-type"));
    }
}
