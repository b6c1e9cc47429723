package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class RoleMayHoldTheOrganizationTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String NOTE = """
            Event: Harbour Resilience Forum
            Date: 14 May 2024
            Format: in person, Portville
            Organizers: Portville Harbour Board

            Ms. Anna Berg — Director, Blue Coast Foundation
            Reefs take the first blow of every storm. The Foundation restores two reefs a year and wants the board to fund a third.

            Dr. Ravi Singh — DETAILS
            The port raised its quay by half a metre last year. The next step is a tidal gate at the river mouth.
            """;

    private Item read(String details) {
        return normalizer.normalize(note(NOTE.replace("DETAILS", details), "lmec", null));
    }

    private static List<Warning> inRole(Item item) {
        return item.warnings().stream()
                .filter(w -> w.code().equals("organization-in-role"))
                .toList();
    }

    @Test
    void aRoleThatRunsIntoTheNameOfABodyIsHeldOnTheOrganisation() {
        Item item = read("Minister of the Environment of Costa Rica");
        assertThat(item.speakers().get(1).organization()).isNull();
        assertThat(inRole(item)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("speakers[1].organization");
            assertThat(w.line()).isEqualTo(9);
            assertThat(w.message()).contains("Minister of the Environment of Costa Rica");
        });
    }

    @Test
    void aBodyAfterOfTheIsSplitAndPasses() {
        Item item = read("Water Resilience Officer of the City of Santa Cruz de la Sierra");
        assertThat(item.speakers().get(1).role()).isEqualTo("Water Resilience Officer");
        assertThat(item.speakers().get(1).organization()).isEqualTo("City of Santa Cruz de la Sierra");
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void aPortfolioIsARoleAndPasses() {
        Item item = read("Minister of Foreign Affairs");
        assertThat(item.speakers().get(1).role()).isEqualTo("Minister of Foreign Affairs");
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void whatMayBeABodyIsTheRestAfterOf() {
        assertThat(RoleMayHoldTheOrganization.bodyInRole("Special Envoy of the President of Costa Rica"))
                .contains("the President of Costa Rica");
        assertThat(RoleMayHoldTheOrganization.bodyInRole("Director of Water Resources Department"))
                .contains("Water Resources Department");
        assertThat(RoleMayHoldTheOrganization.bodyInRole("Head of Programmes at UNEP"))
                .contains("Programmes at UNEP");
        assertThat(RoleMayHoldTheOrganization.bodyInRole("Head of Climate Adaptation"))
                .isEmpty();
        assertThat(RoleMayHoldTheOrganization.bodyInRole("Minister of Foreign Affairs"))
                .isEmpty();
    }
}
