package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.HEADER;
import static org.newsdesk.normalize.OrganizerNotes.SPEAKERS;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.read;
import static org.newsdesk.normalize.OrganizerNotes.readWhole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** A body named next to a word for hosting or convening that is not among the organisers holds the item. */
class OrganizerMissedInTextTest {

    @Test
    void aLabelledOrganiserTheTextAgreesWithGoesOut() {
        Item item = read(HEADER
                + "Organizers: Portville Harbour Board\n\nThe forum was hosted by the Portville Harbour Board.\n");
        assertThat(item.organizers()).containsExactly("Portville Harbour Board");
        assertThat(organizerCodes(item)).isEmpty();
    }

    @Test
    void aSecondHostNamedInAnotherSentenceIsHeldAsMissed() {
        Item item = read(HEADER + "Organizers: Portville Harbour Board\n\n"
                + "The Reef Watch Network was co-host of the evening session on the quay.\n");
        assertThat(item.organizers()).containsExactly("Portville Harbour Board");
        assertThat(organizerCodes(item)).contains("organizer-missed");
        assertThat(item.warnings()).anySatisfy(w -> assertThat(w.message()).contains("Reef Watch Network"));
    }

    @Test
    void aBodyThatIsTheSubjectOfConvenedIsMissedWhenNotListed() {
        assertThat(OrganizerMissedInText.missedIn(
                        "The Mekong Coastal Secretariat and the Delta Cities Network jointly convened the meeting.",
                        List.of("Mekong Coastal Secretariat")))
                .containsExactly("Delta Cities Network");
    }

    @Test
    void aFunderAfterTheHostsIsNotCountedAsMissed() {
        assertThat(OrganizerMissedInText.missedIn(
                        "The forum was hosted by the Blue Coast Institute, with support from the Green Seas Trust.",
                        List.of("Blue Coast Institute")))
                .isEmpty();
        assertThat(OrganizerMissedInText.missedIn(
                        "Organised by the Blue Coast Institute, the forum drew experts from the Delta Port Authority.",
                        List.of("Blue Coast Institute")))
                .isEmpty();
    }

    @Test
    void anOrganiserLabelAfterTheStatementsNamingAnotherBodyIsHeld() {
        Item item = readWhole(
                HEADER + "Organizers: Portville Harbour Board\n" + SPEAKERS + "\nCo-hosted by: Reef Watch Network\n");
        assertThat(organizerCodes(item)).contains("organizer-missed");
    }
}
