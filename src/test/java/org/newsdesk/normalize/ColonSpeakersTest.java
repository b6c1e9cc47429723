package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class ColonSpeakersTest {

    private final ColonSpeakers rule = new ColonSpeakers();

    @Test
    void readsAParagraphOpeningWithAnHonorificAndAColon() {
        SpeakerMatch m = rule.match(lines("Mr. Qian Zhaohui (LMEC): The Platform will grow into an open platform."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Qian Zhaohui", "Mr.", null, "LMEC"));
        assertThat(m.inlineStatement()).isEqualTo("The Platform will grow into an open platform.");
    }

    @Test
    void readsANameWithWhatTheyAreInParentheses() {
        SpeakerMatch m = rule.match(lines("Li Xia (Director, LMEC): More partners are expected to join."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Li Xia", null, "Director", "LMEC"));
    }

    @Test
    void leavesLabelsAndPlainSentencesAlone() {
        assertThat(rule.match(lines("Topics: renewable energy and infrastructure"), 0))
                .isEmpty();
        assertThat(rule.match(lines("Key points: the Platform should grow."), 0))
                .isEmpty();
        assertThat(rule.match(lines("Suggestions: (1) Platform focus on exchange."), 0))
                .isEmpty();
    }
}
