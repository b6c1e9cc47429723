package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Speaker;

class HonorificInLaterMentionTest {

    @Test
    void theHonorificOfALaterMentionIsTheSpeakers() {
        List<Speaker> speakers = HonorificInLaterMention.apply(
                List.of(new Speaker("Margaret Lyons", null, "Manager", "Seaview Nursing Home", "Words.")),
                List.of(
                        "Margaret Lyons, manager of Seaview Nursing Home, said she had bought six air conditioners.",
                        "“We had residents sleeping in the dining room,” Mrs Lyons said."));
        assertThat(speakers.get(0).honorific()).isEqualTo("Mrs.");
    }

    @Test
    void aFamilyNameWithAParticleAndTheWholeNameAreFound() {
        assertThat(HonorificInLaterMention.honorificFor(
                        "Tadhg Ó Súilleabháin", "Mr Ó Súilleabháin said the map would be out in June."))
                .isEqualTo("Mr.");
        assertThat(HonorificInLaterMention.honorificFor("Ama Mensah", "Thanks to Dr. Ama Mensah for the data."))
                .isEqualTo("Dr.");
    }

    @Test
    void twoKindsOfHonorificOrAnotherPersonsNameLeaveItEmpty() {
        assertThat(HonorificInLaterMention.honorificFor("Ana Lyons", "Mrs Lyons spoke; Dr Lyons replied."))
                .isNull();
        assertThat(HonorificInLaterMention.honorificFor("Ana Lyons", "Mr Lyonsdale and Ms Lyons-Hart came."))
                .isNull();
        assertThat(HonorificInLaterMention.honorificFor("Lyons", "Mrs Lyons said so."))
                .isNull();
    }

    @Test
    void aHonorificTheNoteGaveIsKept() {
        List<Speaker> speakers = HonorificInLaterMention.apply(
                List.of(new Speaker("Ama Mensah", "Prof.", null, null, "Words.")), List.of("Dr Mensah said so."));
        assertThat(speakers.get(0).honorific()).isEqualTo("Prof.");
    }
}
