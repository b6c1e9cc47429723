package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;

class IssueViewTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The LMEC is a good platform|the LMEC is a good platform",
                "Ensuring energy efficiency|ensuring energy efficiency",
                "Promoting dialogue|promoting dialogue",
                "Strengthening ties|strengthening ties",
                "A combination of measures|a combination of measures",
                "China's textile industry|China's textile industry",
                "Greenpeace pays attention|Greenpeace pays attention",
                "Beijing hosts|Beijing hosts",
                "Chongqing is|Chongqing is",
                "Liaoning is|Liaoning is",
                "UNEP will focus|UNEP will focus",
                "ESG disclosure|ESG disclosure",
                "Rocky Mountain Institute|Rocky Mountain Institute",
            })
    void theFirstWordAfterNotedThatIsLowercasedOnlyWhenItIsACommonWord(String statement, String continued) {
        assertThat(IssueView.lowerFirstWord(statement)).isEqualTo(continued);
    }

    @Test
    void aProseSpeakerOpensWithNameRoleAndOrganizationAndNotedThat() {
        var view = IssueView.speaker(
                new Speaker(
                        "Miao Hong",
                        "Ms.",
                        "Sustainable Investment Program Director",
                        "WRI China",
                        "Fully sharing China's experience.\n\nSecond paragraph."),
                true,
                "noted",
                null);

        assertThat(view.opening())
                .isEqualTo("Ms. Miao Hong, Sustainable Investment Program Director, WRI China, noted that");
        assertThat(view.firstParagraph()).isEqualTo("fully sharing China's experience.");
        assertThat(view.moreParagraphs()).containsExactly(new ProseBlocks.Block("Second paragraph.", List.of()));
    }

    @Test
    void aBlockSpeakerHasANameLineARoleLineAndTheStatementAsWritten() {
        var view = IssueView.speaker(
                new Speaker(
                        "Chen Zhihua",
                        null,
                        "Director of the Department of Climate Change",
                        "Ministry of Ecology and Environment",
                        "As a responsible major country, China has always ..."),
                false,
                "noted",
                null);

        assertThat(view.opening()).isNull();
        assertThat(view.name()).isEqualTo("Chen Zhihua");
        assertThat(view.roleLine())
                .isEqualTo("Director of the Department of Climate Change, Ministry of Ecology and Environment");
        assertThat(view.firstParagraph()).startsWith("As a responsible");
    }

    @Test
    void aSpeakerWithoutRoleOrOrganizationStillReads() {
        var view = IssueView.speaker(
                new Speaker("Qian Zhaohui", "Mr.", null, null, "The platform will grow."), true, "noted", null);
        assertThat(view.opening() + " " + view.firstParagraph())
                .isEqualTo("Mr. Qian Zhaohui noted that the platform will grow.");
    }

    @Test
    void paragraphsAreSplitOnBlankLinesAndLineBreaksInsideAreJoined() {
        assertThat(IssueView.paragraphs("one\nline\n\n  two  \n\n\n")).isEqualTo(List.of("one line", "two"));
    }

    @Test
    void aProseSpeakerKeepsTheVerbOfTheNote() {
        var view = IssueView.speaker(
                new Speaker(
                        "Hu Kehua",
                        "Mr.",
                        "Director",
                        "China Textile Information Center",
                        "China's textile industry is exploring ways.",
                        "pointed out"),
                true,
                "noted",
                null);
        assertThat(view.opening() + " " + view.firstParagraph())
                .isEqualTo("Mr. Hu Kehua, Director, China Textile Information Center, pointed out that China's textile"
                        + " industry is exploring ways.");
    }

    @Test
    void withoutAVerbInTheNoteTheProfilesVerbIsUsed() {
        var view = IssueView.speaker(
                new Speaker("Li Xia", "Ms.", "Director", "LMEC", "More partners are expected.", null),
                true,
                "stated",
                null);
        assertThat(view.opening()).isEqualTo("Ms. Li Xia, Director, LMEC, stated that");
    }

    @Test
    void bulletStatementsBecomeSentencesAndPointsAfterAColonAList() {
        var view = IssueView.speaker(
                new Speaker(
                        "Yu Xin",
                        null,
                        "Project Director",
                        "WWF",
                        "relevant WWF teams are carrying out research (NbS)\n\n"
                                + "willing to strengthen practical cooperation\n\n"
                                + "Current focus:\n\nreducing costs;\n\nports\n\nRMI will share cases"),
                false,
                "noted",
                null);
        assertThat(view.firstParagraph()).isEqualTo("Relevant WWF teams are carrying out research (NbS).");
        assertThat(view.moreParagraphs())
                .containsExactly(
                        new ProseBlocks.Block("Willing to strengthen practical cooperation.", List.of()),
                        new ProseBlocks.Block("Current focus:", List.of()),
                        new ProseBlocks.Block(null, List.of("reducing costs", "ports")),
                        new ProseBlocks.Block("RMI will share cases.", List.of()));
    }

    @Test
    void aSectionIsPrintedBeforeItsFirstSpeakerAndOneWithoutSpeakersAfterThemAll() {
        Publication lmec =
                PublicationProfiles.load(Path.of("config/publications")).get("lmec");
        IssueEvent event = new IssueEvent(
                "Roundtable",
                LocalDate.of(2021, 4, 8),
                "hybrid",
                null,
                "held online and offline",
                List.of(
                        new Speaker("Qian Zhaohui", "Mr.", null, "LMEC", "The platform will grow.", "explained"),
                        new Speaker("Li Xia", "Ms.", "Director", "LMEC", "More partners are expected.")),
                List.of("itm-1"),
                List.of(
                        new Section("Conclusion", List.of(), "Li Xia"),
                        new Section("Q&A", List.of("participants asked about costs"), null)),
                List.of());
        Issue issue =
                new Issue("lmec-2021-6", "lmec", 2021, 6, "Issue 6, 2021", LocalDate.of(2021, 4, 9), List.of(event));
        IssueView.EventView view =
                IssueView.of(issue, lmec, false, "issue.pdf").events().get(0);
        assertThat(view.lead()).isEqualTo("Held online and offline.");
        assertThat(view.speakers().get(0).section()).isNull();
        assertThat(view.speakers().get(0).opening()).isEqualTo("Mr. Qian Zhaohui, LMEC, explained that");
        assertThat(view.speakers().get(1).section()).isEqualTo(new IssueView.SectionView("Conclusion", List.of()));
        assertThat(view.speakers().get(1).opening()).isEqualTo("Ms. Li Xia, Director, LMEC, noted that");
        assertThat(view.sections())
                .containsExactly(new IssueView.SectionView(
                        "Q&A", List.of(new ProseBlocks.Block("Participants asked about costs.", List.of()))));
    }
}
