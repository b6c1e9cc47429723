package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** A line above the first speaker written as a speaker's header holds the item when it names no speaker. */
class SpeakerLineInHeaderTest {

    @Test
    void aListedPersonWithAnHonorificAndWhoTheyAreReadsAsASpeakerHeader() {
        assertThat(
                        SpeakerLineInHeader.speakerHeader(
                                "* Dr. Nguyen Hoang Long, Head of Arbovirus Surveillance, Southern Institute of Tropical Medicine"))
                .contains("Dr. Nguyen Hoang Long");
        assertThat(SpeakerLineInHeader.speakerHeader("Ms. Kanyarat Boonmee (Bangkok Metropolitan Health Office)"))
                .isPresent();
        assertThat(SpeakerLineInHeader.speakerHeader("Tom Reed — Chief Engineer, Delta Port Authority"))
                .isPresent();
    }

    @Test
    void aModeratorALabelOrASentenceIsNotASpeakerHeader() {
        assertThat(SpeakerLineInHeader.speakerHeader("Moderator: Dr. Ahmad Fauzi (SEAHSP)"))
                .isEmpty();
        assertThat(SpeakerLineInHeader.speakerHeader("Chaired by Dr. Ahmad Fauzi, Director, Health Partnership"))
                .isEmpty();
        assertThat(SpeakerLineInHeader.speakerHeader("About 310 people joined from eleven countries."))
                .isEmpty();
        assertThat(SpeakerLineInHeader.speakerHeader("Harbour Resilience Forum, Portville"))
                .isEmpty();
    }

    @Test
    void aSpeakerHeaderLeftInTheEventHeaderHoldsTheItem() {
        Item item = OrganizerNotes.readWhole("""
                Event: Harbour Resilience Forum
                Date: 14 May 2024
                Format: in person, Portville

                Ms. Lena Vogt | Planner | Portville Council
                >> tides now reach the market twice a month

                Dr. Ravi Singh — Chief Engineer, Delta Port Authority
                The port raised its quay by half a metre last year. The next step is a tidal gate at the river mouth.
                """);
        assertThat(item.speakers()).extracting(s -> s.name()).doesNotContain("Lena Vogt");
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-missed");
            assertThat(w.line()).isEqualTo(5);
        });
    }
}
