package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotASpeakerTest {

    private static final CoverLetter NO_COVER = new CoverLetter(0, 100);

    @Test
    void leavesOutTheModerator() {
        assertThat(NotASpeaker.applies(
                        new Person("Tang Huaqing", "Ms.", "Moderator", "LMEC"), "Welcome all.", 5, NO_COVER))
                .isTrue();
    }

    @Test
    void leavesOutAPointerToAnotherFile() {
        assertThat(NotASpeaker.applies(new Person("Qian Zhaohui", null, null, null), "-> see email notes", 5, NO_COVER))
                .isTrue();
        assertThat(NotASpeaker.applies(new Person("Li Xia", null, "Director", "LMEC"), "see other file", 5, NO_COVER))
                .isTrue();
    }

    @Test
    void leavesOutNamesInTheCoverLetter() {
        assertThat(NotASpeaker.applies(
                        new Person("Wang Fang", "Ms.", null, null),
                        "asked me to send these.",
                        1,
                        new CoverLetter(3, 100)))
                .isTrue();
    }

    @Test
    void keepsASpeakerWithAStatement() {
        assertThat(NotASpeaker.applies(
                        new Person("Li Xia", "Ms.", "Director", "LMEC"), "LMEC will remain committed.", 5, NO_COVER))
                .isFalse();
    }
}
