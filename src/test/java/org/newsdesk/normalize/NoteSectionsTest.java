package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;

class NoteSectionsTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String LABELLED = """
            Event: Roundtable Dialogue on Regional Environmental Governance
            Date: 2021-04-08

            Speaker: Mr. Qian Zhaohui
            Org: Lancang-Mekong Environmental Cooperation Center (LMEC)
            Notes: The platform will develop into an open knowledge sharing platform.

            == 评论与讨论 Comments & Discussions ==

            Speaker: Mr. Sounadeth Soukchaleun
            Role: Deputy Director for Planning and Finance
            Org: Ministry of Natural Resources and Environment, Lao PDR
            Notes: The LMEC is a good platform promoting regional environmental cooperation.

            == 总结 Conclusion ==

            Speaker: Ms. Li Xia
            Role: Director
            Org: LMEC
            Notes: More partners are expected to join the LMC.
            """;

    @Test
    void keepsTheHeadingsOfALabelledNoteAndWhereEachBegins() {
        Item item = normalizer.normalize(note(LABELLED, "lmec", null));
        assertThat(item.sections())
                .containsExactly(
                        new Section("Comments & Discussions", List.of(), "Sounadeth Soukchaleun"),
                        new Section("Conclusion", List.of(), "Li Xia"));
    }

    @Test
    void keepingTheSectionsChangesNoSpeaker() {
        Item with = normalizer.normalize(note(LABELLED, "lmec", null));
        Item without = normalizer.normalize(note(LABELLED.replaceAll("(?m)^== .* ==\\n\\n", ""), "lmec", null));
        assertThat(without.sections()).isEmpty();
        assertThat(with.speakers()).isEqualTo(without.speakers());
        assertThat(with.speakers()).extracting(Speaker::name).hasSize(3);
    }

    @Test
    void keepsTheParagraphsOfAQuestionTimeAfterTheLastSpeakerOutOfHerStatement() {
        Item item = normalizer.normalize(note("""
                # Flood Insurance Webinar

                Date: 2022-03-10

                ## Dr. Sunita Bhattarai — Senior Economist, Himalayan Risk Institute

                Index insurance pays within weeks when the rain gauge says so.

                ## Q&A

                Participants asked how a farmer is paid when the index does not trigger.

                - the panel agreed to publish the gauge data
                """, "lmec", null));
        assertThat(item.speakers())
                .singleElement()
                .satisfies(s -> assertThat(s.statement())
                        .isEqualTo("Index insurance pays within weeks when the rain gauge says so."));
        assertThat(item.sections())
                .containsExactly(new Section(
                        "Q&A",
                        List.of(
                                "Participants asked how a farmer is paid when the index does not trigger.",
                                "the panel agreed to publish the gauge data"),
                        null));
    }

    @Test
    void aHeadingIsASectionOnlyWhenItNamesAPartOfTheEvent() {
        assertThat(NoteSections.heading(lines("\n== 评论与讨论 Comments & Discussions ==\n"), 1))
                .isEqualTo("Comments & Discussions");
        assertThat(NoteSections.heading(lines("\nCLOSING\n"), 1)).isEqualTo("Closing");
        assertThat(NoteSections.heading(lines("\n## Q&A\n"), 1)).isEqualTo("Q&A");
        assertThat(NoteSections.heading(lines("\nOpen discussion:\n"), 1)).isEqualTo("Open discussion");
        // a heading about something else, a sentence, and a heading run into its text are no sections
        assertThat(NoteSections.heading(lines("\n## Background\n"), 1)).isNull();
        assertThat(NoteSections.heading(lines("\nDiscussion of costs and benefits across the region\n"), 1))
                .isNull();
        assertThat(NoteSections.heading(lines("\nDiscussion\nfollowed on costs.\n"), 1))
                .isNull();
    }
}
