package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.HEADER;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** An organiser the note names as paying for the event holds the item. */
class OrganizerIsAFunderTest {

    @Test
    void anOrganiserTheTextNamesAsAFunderIsHeld() {
        Item item = read(HEADER
                + "Organizers: Portville Harbour Board; Green Seas Trust\n\n"
                + "The forum was funded by the Green Seas Trust.\n");
        assertThat(organizerCodes(item)).contains("organizer-is-funder");
        assertThat(OrganizerIsAFunder.fundedIn(
                        "Sponsor: Green Seas Trust", List.of("Portville Harbour Board", "Green Seas Trust")))
                .containsExactly("Green Seas Trust");
        assertThat(OrganizerIsAFunder.fundedIn(
                        "The forum was co-sponsored by the Green Seas Trust.", List.of("Green Seas Trust")))
                .isEmpty();
    }
}
