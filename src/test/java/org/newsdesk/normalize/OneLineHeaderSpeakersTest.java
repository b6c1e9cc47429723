package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class OneLineHeaderSpeakersTest {

    private final OneLineHeaderSpeakers rule = new OneLineHeaderSpeakers();

    @Test
    void readsNameDashRoleCommaOrganization() {
        SpeakerMatch m = rule.match(
                        lines(
                                "KANG Aili – Director of Regional Strategy, Wildlife Conservation Society\nGreen finance ..."),
                        0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(new Person(
                        "Kang Aili", null, "Director of Regional Strategy", "Wildlife Conservation Society"));
    }

    @Test
    void endsTheNameWhereTheJobTitleStarts() {
        SpeakerMatch m = rule.match(
                        lines("Li Ai Senior Project Officer of the Ford Foundation\nKey focus areas ..."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Li Ai", null, "Senior Project Officer", "Ford Foundation"));
    }

    @Test
    void doesNotReadSentencesOrLabelsAsHeaders() {
        assertThat(rule.match(lines("Current work of the Environmental Defense Fund focuses on carbon trading."), 0))
                .isEmpty();
        assertThat(rule.match(
                        lines("Host: Foreign Environmental Cooperation Center, Ministry of Ecology and Environment"),
                        0))
                .isEmpty();
    }
}
