package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.HEADER;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.read;

import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** An organiser cut in the middle of its name holds the item. */
class OrganizerCutShortTest {

    @Test
    void anOrganiserEndingInAJoiningWordIsHeldAsCut() {
        assertThat(OrganizerCutShort.cutShort("Ministry of Ecology and")).isTrue();
        assertThat(OrganizerCutShort.cutShort("Blue Coast Institute (BCI")).isTrue();
        assertThat(OrganizerCutShort.cutShort("Harbour Foundation,")).isTrue();
        assertThat(OrganizerCutShort.cutShort("Ministry of Ecology and Environment"))
                .isFalse();
        Item item = read(HEADER + "Organizers: Portville Harbour Board; Department of\n");
        assertThat(organizerCodes(item)).contains("organizer-cut");
    }
}
