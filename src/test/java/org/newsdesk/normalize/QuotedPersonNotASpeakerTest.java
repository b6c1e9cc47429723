package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;

/** A person the text quotes by name who is not among the speakers holds the item. */
class QuotedPersonNotASpeakerTest {

    private static Item withSpeakers(String... names) {
        List<Speaker> speakers = java.util.Arrays.stream(names)
                .map(n -> new Speaker(n, null, null, null, "Words."))
                .toList();
        return new Item(2, "itm-1", "lmec", "Forum", null, null, null, List.of(), null, speakers, null, List.of());
    }

    @Test
    void aQuoteAttributedAfterItToSomeoneWhoIsNoSpeakerIsFound() {
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "“Rivers need room,” said the Hon. Peter Alofa, Minister for Water. “We will give it.”",
                        withSpeakers("Mele Tupou")))
                .contains("Peter Alofa");
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "“The pumps are old,” Havili said.", withSpeakers("Mele Tupou")))
                .contains("Havili");
    }

    @Test
    void anAttributionBeforeAColonAndQuoteIsFoundWithARoleOrAnOrganisationBetween() {
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "Dr. Ama Mensah, Chief Hydrologist at the Volta Basin Authority, said: “The river is lower.”",
                        withSpeakers()))
                .contains("Ama Mensah");
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "Kofi Boateng (Accra Metropolitan Assembly) told the forum: “Drains first.”", withSpeakers()))
                .contains("Kofi Boateng");
    }

    @Test
    void aPersonWhoseWordsAreReportedIsFoundToo() {
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "The forum opened with remarks from the deputy secretary for farm resilience, Tomas Herrera-Vidal,"
                                + " who said that the state would publish guidance.",
                        withSpeakers("Renata Okafor")))
                .contains("Tomas Herrera-Vidal");
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "Dr. Ama Mensah, Chief Hydrologist, warned that the river is lower.", withSpeakers()))
                .contains("Ama Mensah");
    }

    @Test
    void aBodyOrASpeakerWhoseWordsAreReportedIsNoMissedPerson() {
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "The Greenfield Agrivoltaics Alliance said that it would share data. Renata Okafor said that"
                                + " sheep could graze.",
                        withSpeakers("Renata Okafor")))
                .isEmpty();
    }

    @Test
    void speakersPronounsAndGroupsAreNotMissedPeople() {
        Item item = withSpeakers("Ama Mensah", "Joeli Naisoro");
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker(
                        "“It works,” said Dr. Ama Mensah. “It is cheap,” Naisoro said.", item))
                .isEmpty();
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker("“It works,” he said. “Mostly,” she added.", item))
                .isEmpty();
        assertThat(QuotedPersonNotASpeaker.quotedPersonNotASpeaker("“We agree,” Participants said at the close.", item))
                .isEmpty();
    }

    @Test
    void aQuotedPersonTheReaderMissedHoldsTheItemNamingTheSpeakers() {
        Item item = OrganizerNotes.readWhole("""
                Event: Harbour Resilience Forum
                Date: 14 May 2024
                Organizers: Portville Harbour Board

                Ms. Anna Berg, Director, Blue Coast Foundation: Seawalls alone will not save the harbour. We need wetlands too.

                Peter Alofa (Portville Ports Authority) told the hall: “The port will pay its share. We start in June.”
                """);

        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-missed");
            assertThat(w.field()).isEqualTo("speakers");
            assertThat(w.message()).contains("Peter Alofa");
        });
    }
}
