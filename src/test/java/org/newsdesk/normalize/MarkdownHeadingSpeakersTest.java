package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownHeadingSpeakersTest {

    private final MarkdownHeadingSpeakers rule = new MarkdownHeadingSpeakers();

    @Test
    void readsNameRoleAndOrganizationFromAHeading() {
        SpeakerMatch m = rule.match(lines("## WANG Qian — Project Planning Director, UNEP Beijing Office\n\nText."), 0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(new Person("Wang Qian", null, "Project Planning Director", "UNEP Beijing Office"));
        assertThat(m.next()).isEqualTo(1);
    }

    @Test
    void takesTheRoleFromTheLineUnderABareNameHeading() {
        List<String> note = lines("### Dr. Anna Berg\nSenior Fellow, Stockholm Environment Institute\n\nWe need data.");
        SpeakerMatch m = rule.match(note, 0).orElseThrow();
        assertThat(m.people())
                .containsExactly(new Person("Anna Berg", "Dr.", "Senior Fellow", "Stockholm Environment Institute"));
        assertThat(m.next()).isEqualTo(2);
    }

    @Test
    void ignoresHeadingsThatNameNoPerson() {
        assertThat(rule.match(lines("## Comments & Discussions"), 0)).isEmpty();
        assertThat(rule.match(lines("## Opening Remarks"), 0)).isEmpty();
    }

    @Test
    void readsChineseFamilyNamesThatAreAlsoEnglishWords() {
        SpeakerMatch m = rule.match(lines("## He Wei — Expert, UNICEF China\n\nText."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("He Wei", null, "Expert", "UNICEF China"));
    }
}
