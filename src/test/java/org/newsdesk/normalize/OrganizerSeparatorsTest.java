package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.context;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every separator people put between organisers splits them; a funder after the organisers is left out. */
class OrganizerSeparatorsTest {

    private static List<String> organizersOf(String text) {
        return new OrganizersRule().read(context(text)).value();
    }

    @Test
    void splitsALabelAtAnAmpersandBetweenTwoBodies() {
        assertThat(organizersOf("Organizers: Reef Watch Network & Harbour Foundation"))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
        assertThat(organizersOf(
                        "Organizer: Foreign Environmental Cooperation Center, Ministry of Ecology & Environment"))
                .containsExactly("Foreign Environmental Cooperation Center, Ministry of Ecology & Environment");
    }

    @Test
    void splitsATableCellAtALineBreakOrAPipe() {
        assertThat(organizersOf("| **Organisers** | Reef Watch Network<br>Harbour Foundation |"))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
        assertThat(organizersOf("Organisers: Reef Watch Network | Harbour Foundation"))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
    }

    @Test
    void readsASecondCueInTheSameSentence() {
        assertThat(organizersOf(
                        "The forum was hosted by the Reef Watch Network and co-organised by the Harbour Foundation."))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
        assertThat(organizersOf(
                        "The forum was organised by the Reef Watch Network and supported by the Harbour Foundation."))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
    }

    @Test
    void leavesOutASponsorOrFunderNamedAfterTheOrganisers() {
        assertThat(organizersOf(
                        "The forum was organised by the Reef Watch Network and sponsored by the Green Seas Trust."))
                .containsExactly("Reef Watch Network");
        assertThat(organizersOf("The forum was hosted by the Reef Watch Network in partnership with the Harbour "
                        + "Foundation, with support from the Green Seas Trust."))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
    }

    @Test
    void readsHostingAndLeadOrganiserLabels() {
        assertThat(organizersOf("Hosting organisation: Reef Watch Network\nLead organiser: Harbour Foundation"))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
    }
}
