package org.newsdesk.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Publication.GlossaryEntry;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.StyleChange;

class HouseStyleTest {

    private final HouseStyle style = new HouseStyle(new Publication.HouseStyle(
            "noted", List.of(new GlossaryEntry("intl", "international"), new GlossaryEntry(" & ", " and "))));

    private final IssueEvent event = new IssueEvent(
            "Intl & Regional Forum",
            LocalDate.of(2021, 9, 15),
            "hybrid",
            null,
            "Reps from intl orgs attended.",
            List.of(new Speaker(
                    "Chen Zhihua",
                    null,
                    "Director, Dept of Climate & Energy",
                    "Ministry of Ecology & Environment",
                    "Cooperation w/ intl partners.\n\nThe intl community & China agree.",
                    "said")),
            List.of("itm-1"),
            List.of(new Section("Comments & Discussions", List.of("More intl funds were asked for."), null)),
            List.of());

    @Test
    void appliesTheGlossaryToTheProseAndListsEveryChange() {
        IssueEvent styled = style.apply(event);
        assertThat(styled.lead()).isEqualTo("Reps from international orgs attended.");
        assertThat(styled.speakers().get(0).statement())
                .isEqualTo("Cooperation w/ international partners.\n\nThe international community and China agree.");
        assertThat(styled.sections().get(0).paragraphs()).containsExactly("More international funds were asked for.");
        assertThat(styled.styleChanges())
                .containsExactly(
                        new StyleChange("lead", "intl", "international", 1),
                        new StyleChange("Chen Zhihua", "intl", "international", 2),
                        new StyleChange("Chen Zhihua", "&", "and", 1),
                        new StyleChange("section Comments & Discussions", "intl", "international", 1));
    }

    @Test
    void leavesTitlesNamesRolesOrganisationsHeadingsAndVerbsAsTheNoteWroteThem() {
        IssueEvent styled = style.apply(event);
        assertThat(styled.title()).isEqualTo(event.title());
        Speaker s = styled.speakers().get(0);
        assertThat(s.role()).isEqualTo("Director, Dept of Climate & Energy");
        assertThat(s.organization()).isEqualTo("Ministry of Ecology & Environment");
        assertThat(s.reportingVerb()).isEqualTo("said");
        assertThat(styled.sections().get(0).heading()).isEqualTo("Comments & Discussions");
        assertThat(styled.itemIds()).containsExactly("itm-1");
    }

    @Test
    void aProfileWithoutAGlossaryLeavesTheEventAlone() {
        assertThat(new HouseStyle(Publication.HouseStyle.NONE).apply(event)).isSameAs(event);
    }
}
