package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Speaker;

class SpeakerFinderTest {

    private static SpeakerFinder.Found find(String text) {
        List<String> lines = lines(text);
        return new SpeakerFinder().find(lines, CoverLetter.of(lines));
    }

    @Test
    void runsAStatementToTheNextSpeakerAndStopsAtAnAside() {
        SpeakerFinder.Found found = find("""
                Event: Forum

                ZHANG YAN
                Partnership Expert at UNICEF

                First paragraph.

                Second paragraph.

                li nan
                Project Director of WWF Beijing Representative Office

                Last statement.

                [end pt 2 -- pt 3 in next file]
                """);
        assertThat(found.firstHeader()).isEqualTo(2);
        assertThat(found.speakers()).extracting(Speaker::name).containsExactly("Zhang Yan", "Li Nan");
        assertThat(found.speakers().get(0).statement()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(found.speakers().get(1).statement()).isEqualTo("Last statement.");
    }

    @Test
    void mixesStylesWithinOneNote() {
        SpeakerFinder.Found found = find("""
                ## Chen Zhihua — Director, MEE

                Statement one.

                Ms. Miao Hong, Director, WRI China, noted that statement two.

                发言人 Speaker: Mr. Qian Zhaohui
                单位 Org: LMEC
                要点 Notes: Statement three.
                """);
        assertThat(found.speakers())
                .extracting(Speaker::name)
                .containsExactly("Chen Zhihua", "Miao Hong", "Qian Zhaohui");
    }

    @Test
    void leavesOutTheModeratorAndTheCoverLetter() {
        SpeakerFinder.Found found = find("""
                Hi team,

                Ms. Wang Fang, our director, said that these are final.

                Tang Huaqing – Moderator, LMEC
                Welcome to all.

                Li Xia – Director, LMEC
                LMEC will remain committed.

                thx,
                Comms
                """);
        assertThat(found.speakers()).extracting(Speaker::name).containsExactly("Li Xia");
        assertThat(found.speakers().get(0).statement()).isEqualTo("LMEC will remain committed.");
    }
}
