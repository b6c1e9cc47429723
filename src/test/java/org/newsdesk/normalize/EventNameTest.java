package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Event names found in running text end where the name does, not where the capitals do. */
class EventNameTest {

    @Test
    void theVenueAfterAnEventsNameIsNotPartOfIt() {
        assertThat(EventName.in(
                        "Residents joined the Quayside Flood Forum at the Old Mill Community Centre on Friday."))
                .containsExactly("Quayside Flood Forum");
    }

    @Test
    void aNameThatOnlyReadsAsAnEventWithWhatFollowsAtIsKept() {
        assertThat(EventName.withoutVenue("Water at the Heart of Cities Forum"))
                .isEqualTo("Water at the Heart of Cities Forum");
        assertThat(EventName.withoutVenue("Kelp Forest Restoration Exchange"))
                .isEqualTo("Kelp Forest Restoration Exchange");
    }

    @Test
    void aStoryInTitleCaseBeforeAtIsNotPartOfTheName() {
        assertThat(EventName.withoutVenue("Steadier Yields Under Solar Panels at Western Field Forum"))
                .isEqualTo("Western Field Forum");
        assertThat(EventName.withoutVenue("Women at Work Summit")).isEqualTo("Women at Work Summit");
    }
}
