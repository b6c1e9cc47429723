package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.context;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizersRuleTest {

    private static List<String> organizersOf(String text) {
        return new OrganizersRule().read(context(text)).value();
    }

    @Test
    void keepsAnOrganizerWithACommaWhole() {
        assertThat(organizersOf("Host: Foreign Environmental Cooperation Center, Ministry of Ecology and Environment"))
                .containsExactly("Foreign Environmental Cooperation Center, Ministry of Ecology and Environment");
    }

    @Test
    void splitsSeveralOrganizersAtSemicolons() {
        assertThat(organizersOf("主办 Host: LMEC; Yunnan Department of Ecology and Environment"))
                .containsExactly("LMEC", "Yunnan Department of Ecology and Environment");
    }

    @Test
    void splitsOrganizersAtASlashAndBetweenTwoNamesJoinedByAnd() {
        assertThat(organizersOf("Organizers: Blue Coast Institute (BCI), Ministry X / Harbour Foundation"))
                .containsExactly("Blue Coast Institute (BCI), Ministry X", "Harbour Foundation");
        assertThat(organizersOf("Co-sponsors: Blue Coast Institute and the Harbour Foundation"))
                .containsExactly("Blue Coast Institute", "Harbour Foundation");
        assertThat(organizersOf("Host: Ministry of Ecology and Environment"))
                .containsExactly("Ministry of Ecology and Environment");
    }

    @Test
    void splitsACommaListOfWholeOrganisationsButNotAUnitAndItsParent() {
        assertThat(organizersOf("Organisers: Blue Coast Institute, Harbour Foundation, Reef Watch Network"))
                .containsExactly("Blue Coast Institute", "Harbour Foundation", "Reef Watch Network");
        assertThat(organizersOf("Organisers: Department of Forestry, Ministry of Agriculture and Forestry, Lao PDR"))
                .containsExactly("Department of Forestry, Ministry of Agriculture and Forestry, Lao PDR");
        assertThat(organizersOf("Organizers: Blue Coast Institute · Hydrogen Valleys Partnership"))
                .containsExactly("Blue Coast Institute", "Hydrogen Valleys Partnership");
    }

    @Test
    void holdsTheItemWhenTheLabelAndTheTextNameDifferentOrganisers() {
        Reading<List<String>> r = new OrganizersRule()
                .read(
                        context(
                                "Organizers: Blue Coast Institute\n\nThe forum was co-hosted by the Harbour Foundation in Portville."));
        assertThat(r.value()).containsExactly("Blue Coast Institute");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("organizers-uncertain");
            assertThat(w.field()).isEqualTo("organizers");
        });
    }

    @Test
    void readsTheHostInsideARunOnFirstLine() {
        assertThat(organizersOf("FORUM -- 15 Sept 2021 -- host: FECO, MEE -- notes pt 2/5"))
                .containsExactly("FECO, MEE");
    }

    @Test
    void readsAListUnderTheLabel() {
        assertThat(organizersOf("Organised by\n- Southern Cone Centre\n- Austral Conservation Trust\n\nSome text."))
                .containsExactly("Southern Cone Centre", "Austral Conservation Trust");
    }

    @Test
    void readsAMarkdownTableRow() {
        assertThat(organizersOf(
                        "| Field | Value |\n|---|---|\n| **Organizers** | Blue Coast Institute; Harbour Foundation |"))
                .containsExactly("Blue Coast Institute", "Harbour Foundation");
    }

    @Test
    void readsOrganizersNamedInASentence() {
        assertThat(organizersOf("The forum, hosted by the Blue Coast Institute, was held in Portville on 3 May 2024."))
                .containsExactly("Blue Coast Institute");
        assertThat(
                        organizersOf(
                                "Reef Watch, the Harbour Foundation and Partners for Coastal Towns co-sponsored the side event."))
                .containsExactly("Reef Watch", "Harbour Foundation", "Partners for Coastal Towns");
    }

    @Test
    void isEmptyWhenTheNoteNamesNoOrganizer() {
        assertThat(organizersOf("Held April 8, 2021, both online and offline.")).isEmpty();
    }

    @Test
    void readsANameThatGoesOnWithForAndAListGoingOnWithTheAfterAComma() {
        assertThat(
                        organizersOf(
                                "Co-hosted by Baltic Farmers for Clean Water and the Gdansk Marine Station, the workshop met twice."))
                .containsExactly("Baltic Farmers for Clean Water", "Gdansk Marine Station");
        assertThat(organizersOf("Convened by the West African Cocoa Initiative, the Kumasi Farmers' Union and the"
                        + " Ghana Soil and Shade Trust. About 45 people took part."))
                .containsExactly(
                        "West African Cocoa Initiative", "Kumasi Farmers' Union", "Ghana Soil and Shade Trust");
        assertThat(organizersOf("The clinic was hosted by the Harbour Institute for the second year running."))
                .containsExactly("Harbour Institute");
    }

    @Test
    void leavesSupportersOutBesideAnOrganisersLineAndSaysSo() {
        var reading = new OrganizersRule()
                .read(context("Organisers: Blue Coast Institute; Harbour Foundation\nSupported by: Green Seas Trust"));
        assertThat(reading.value()).containsExactly("Blue Coast Institute", "Harbour Foundation");
        assertThat(reading.warnings()).extracting(w -> w.code()).containsExactly("organizer-supporter");
    }

    @Test
    void listsSupportersWhenTheNoteNamesNoOrganiserAndSaysSo() {
        var reading = new OrganizersRule().read(context("Sponsor: Green Seas Trust"));
        assertThat(reading.value()).containsExactly("Green Seas Trust");
        assertThat(reading.warnings()).extracting(w -> w.code()).containsExactly("organizer-supporter");
    }

    @Test
    void aLabelOnTheNextLineIsNotTheOrganisersWrappedValue() {
        assertThat(organizersOf("Organizers: Southern Cities Office / Harbour Foundation\nmoderator: Rahim (SCCO)"))
                .containsExactly("Southern Cities Office", "Harbour Foundation");
    }

    @Test
    void coHostedByTwoNamesJoinedByAndIsTwoOrganisersUnlessAndJoinsWhatTheBodyIsOf() {
        assertThat(organizersOf(
                        "*Online, Thursday 19 March 2026 · co-hosted by the Sahel Agrivoltaic Network and Sunfields*"))
                .containsExactly("Sahel Agrivoltaic Network", "Sunfields");
        assertThat(organizersOf("The forum was co-hosted by the Ministry of Land and Water."))
                .containsExactly("Ministry of Land and Water");
    }
}
