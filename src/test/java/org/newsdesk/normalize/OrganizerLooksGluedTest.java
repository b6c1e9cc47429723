package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.HEADER;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.read;

import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** An organiser that reads as two names run together holds the item. */
class OrganizerLooksGluedTest {

    @Test
    void twoNamesRunTogetherAreHeldAsGlued() {
        assertThat(OrganizerLooksGlued.looksGlued(
                        "Mekong River Forecasting Network Cambodia Water Resources Authority"))
                .isTrue();
        assertThat(OrganizerLooksGlued.looksGlued("Mekong River Forecasting NetworkCambodia Water Resources Authority"))
                .isTrue();
        assertThat(OrganizerLooksGlued.looksGlued("Blue Coast Institute: Harbour Foundation"))
                .isTrue();
        Item item = read(HEADER + "Organizers: Reef Watch Network Portville Harbour Authority\n");
        assertThat(organizerCodes(item)).contains("organizer-glued");
    }

    @Test
    void oneBodyWithItsParentOrABrandIsNotGlued() {
        assertThat(OrganizerLooksGlued.looksGlued(
                        "Foreign Environmental Cooperation Center, Ministry of Ecology and Environment"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued(
                        "Foreign Environmental Cooperation Center (FECO), Ministry of Ecology"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("SmallFish Alliance")).isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("Asian Development Bank Institute"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("Institute of Water Policy")).isFalse();
    }

    @Test
    void aWholeBodyAndAnotherNameAfterAndAreHeldAsGlued() {
        assertThat(OrganizerLooksGlued.looksGlued("Partners for Coastal Towns and Reef Watch"))
                .isTrue();
        assertThat(OrganizerLooksGlued.looksGlued("Harbour Institute & Blue Coast Friends"))
                .isTrue();
        Item item = read(HEADER + "Organisers: Partners for Coastal Towns and Reef Watch\n");
        assertThat(organizerCodes(item)).contains("organizer-glued");
    }

    @Test
    void andInsideOneBodysNameIsNotGlued() {
        assertThat(OrganizerLooksGlued.looksGlued("Ministry of Land and Natural Resources"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("Hanoi Department of Natural Resources and Environment"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("Tropical Health and Climate Network"))
                .isFalse();
        assertThat(OrganizerLooksGlued.looksGlued("Northern Roads and Runways Authority"))
                .isFalse();
    }
}
