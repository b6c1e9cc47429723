package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.readWhole;

import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** Organisers the note names but the reader could not read hold the item. */
class OrganizersNamedInTextTest {

    private static final String RELEASE = """
            MEDIA RELEASE

            The Kelp Forest Restoration Dialogue was held on 12 March 2025 in Portville.

            Dr. Ama Mensah, Chief Scientist, Coastal Institute: The kelp is coming back where the urchins are culled. We will map every bed by June.

            ENDS

            Notes to editors
            1. The Kelp Forest Restoration Dialogue was convened by the Coastal Institute and the Portville Harbour Board.
            2. The Institute maps the coast every year.
            """;

    @Test
    void organisersNamedOnlyInTheEndMatterOfAReleaseHoldTheItem() {
        Item item = readWhole(RELEASE);

        assertThat(item.organizers()).isEmpty();
        assertThat(organizerCodes(item)).contains("organizers-unread");
    }

    @Test
    void endMatterAboutAnotherEventSaysNothingOfThisOne() {
        Item item = readWhole(RELEASE.replace(
                "1. The Kelp Forest Restoration Dialogue was convened by",
                "1. Last year's Seagrass Mapping Clinic was convened by"));

        assertThat(organizerCodes(item)).doesNotContain("organizers-unread");
    }
}
