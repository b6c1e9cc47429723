package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.context;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An organiser label whose value goes on over the next lines, one body a line (a table cell with a line break). */
class OrganizerListOnSeveralLinesTest {

    private static List<String> organizersOf(String text) {
        return new OrganizersRule().read(context(text)).value();
    }

    @Test
    void readsEachLineUnderTheLabelAsAnOrganiser() {
        assertThat(organizersOf("Event: Flood Forecasting Exchange\nOrganisers: Mekong River Forecasting Network\n"
                        + "Cambodia Water Resources Authority\nDate: 4 March 2025\n"))
                .containsExactly("Mekong River Forecasting Network", "Cambodia Water Resources Authority");
    }

    @Test
    void aWrappedNameIsNotASecondOrganiser() {
        assertThat(organizersOf(
                        "Host: Foreign Environmental Cooperation Center,\nMinistry of Ecology and Environment\n"))
                .containsExactly("Foreign Environmental Cooperation Center, Ministry of Ecology and Environment");
    }

    @Test
    void aSentenceOrAnotherLabelAfterTheLabelIsNotAnOrganiser() {
        assertThat(organizersOf("Organisers: Blue Coast Institute\n"
                        + "Experts from the Delta Port Authority met to compare tide gauges.\n"
                        + "Moderator: Ms. Fatou Ndiaye, Drylands Restoration Alliance\n"))
                .containsExactly("Blue Coast Institute");
    }

    @Test
    void readsTheOrganisersColumnOfATableWithALabelRow() {
        assertThat(organizersOf("| Date | Venue | Organisers |\n| --- | --- | --- |\n"
                        + "| 4 March 2025 | Phnom Penh | Reef Watch Network; Harbour Foundation |\n"))
                .containsExactly("Reef Watch Network", "Harbour Foundation");
        assertThat(organizersOf("Date: Venue: Host\n4 March 2025: Phnom Penh: Reef Watch Network\n"))
                .containsExactly("Reef Watch Network");
    }
}
