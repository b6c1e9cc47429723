package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.read.MailText;

class MailboxAddressesTest {

    private final MailboxAddresses addresses =
            new MailboxAddresses(Map.of("LMEC-Notes@newsletter.example", "lmec"), Set.of("lmec", "china-asean"));

    private String publicationOfMailTo(String headers) throws Exception {
        return addresses.publicationOf(
                MailText.parse((headers + "Subject: notes\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAddressListedInAProfileNamesItsPublicationInAnyCase() throws Exception {
        assertThat(publicationOfMailTo("To: Notes <lmec-notes@NEWSLETTER.example>\r\n"))
                .isEqualTo("lmec");
    }

    @Test
    void aPlusTagOnTheSharedMailboxNamesAKnownPublication() throws Exception {
        assertThat(publicationOfMailTo("To: notes+china-asean@newsletter.example\r\n"))
                .isEqualTo("china-asean");
        assertThat(publicationOfMailTo("To: notes+unknown@newsletter.example\r\n"))
                .isNull();
    }

    @Test
    void theAddressARelayDeliveredToCountsToo() throws Exception {
        assertThat(publicationOfMailTo(
                        "To: undisclosed-recipients:;\r\nDelivered-To: notes+lmec@newsletter.example\r\n"))
                .isEqualTo("lmec");
    }

    @Test
    void aMailToTwoPublicationsNamesNeither() throws Exception {
        assertThat(publicationOfMailTo("To: lmec-notes@newsletter.example, notes+china-asean@newsletter.example\r\n"))
                .isNull();
    }

    @Test
    void aMailToTheSharedMailboxNamesNoPublication() throws Exception {
        assertThat(publicationOfMailTo("To: notes-intake@newsletter.example\r\n"))
                .isNull();
    }

    @Test
    void theMailboxGivesTheHintToTheNoteItLoads() throws Exception {
        MailboxMails mails =
                new MailboxMails(org.newsdesk.domain.ReadLimits.defaults(), java.time.Clock.systemUTC(), addresses);
        var note = mails.loadFrom(MailText.parse(
                ("To: notes+lmec@newsletter.example\r\nSubject: x\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(note.publicationHint()).isEqualTo("lmec");
    }
}
