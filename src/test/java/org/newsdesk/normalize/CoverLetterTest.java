package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class CoverLetterTest {

    @Test
    void coversTheGreetingItsMessageAndTheSignOff() {
        CoverLetter cover = CoverLetter.of(
                lines("Hi team,\n\nMs. Wang Fang asked me to send these.\n\nEvent: Forum\n\nthx,\nComms office"));
        assertThat(cover.contains(0)).isTrue();
        assertThat(cover.contains(2)).isTrue();
        assertThat(cover.contains(4)).isFalse();
        assertThat(cover.contains(6)).isTrue();
        assertThat(cover.contains(7)).isTrue();
    }

    @Test
    void aNoteWithoutGreetingHasNoCover() {
        CoverLetter cover = CoverLetter.of(lines("Event: Forum\nHighlights of the day"));
        assertThat(cover.contains(0)).isFalse();
        assertThat(cover.contains(1)).isFalse();
    }

    @Test
    void aGreetingFollowedByTheNotesKeepsTheNotes() {
        CoverLetter cover = CoverLetter.of(lines("各位好，\n\n活动 Event: Roundtable\n时间 Date: 2021年4月8日"));
        assertThat(cover.contains(0)).isTrue();
        assertThat(cover.contains(2)).isFalse();
    }
}
