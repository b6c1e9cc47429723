package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class NameBlockSpeakersTest {

    private final NameBlockSpeakers rule = new NameBlockSpeakers();

    @Test
    void readsANameLineThenARoleOfOrganizationLine() {
        SpeakerMatch m = rule.match(
                        lines("ZHANG Jing\nSenior Project Director of Greenpeace\n\nGreenpeace pays attention."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Zhang Jing", null, "Senior Project Director", "Greenpeace"));
        assertThat(m.next()).isEqualTo(2);
    }

    @Test
    void acceptsANameWrittenAllInLowerCase() {
        SpeakerMatch m = rule.match(
                        lines("li nan\nProject Director of WWF Beijing Representative Office\nThe Platform ..."), 0)
                .orElseThrow();
        assertThat(m.people().get(0).name()).isEqualTo("Li Nan");
        assertThat(m.people().get(0).organization()).isEqualTo("WWF Beijing Representative Office");
    }

    @Test
    void doesNotTakeTwoWordsFollowedByASentenceForASpeaker() {
        assertThat(rule.match(lines("Key points\nThe Platform should focus on data sharing.\nMore."), 0))
                .isEmpty();
        assertThat(rule.match(lines("Next steps\nDate: 15 Sep 2021\nMore."), 0)).isEmpty();
    }
}
