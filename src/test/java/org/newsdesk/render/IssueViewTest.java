package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                false);

        assertThat(view.opening())
                .isEqualTo("Ms. Miao Hong, Sustainable Investment Program Director, WRI China, noted that");
        assertThat(view.firstParagraph()).isEqualTo("fully sharing China's experience.");
        assertThat(view.moreParagraphs()).containsExactly("Second paragraph.");
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
                false);

        assertThat(view.opening()).isNull();
        assertThat(view.name()).isEqualTo("Chen Zhihua");
        assertThat(view.roleLine())
                .isEqualTo("Director of the Department of Climate Change, Ministry of Ecology and Environment");
        assertThat(view.firstParagraph()).startsWith("As a responsible");
    }

    @Test
    void aSpeakerWithoutRoleOrOrganizationStillReads() {
        var view = IssueView.speaker(
                new Speaker("Qian Zhaohui", "Mr.", null, null, "The platform will grow."), true, false);
        assertThat(view.opening() + " " + view.firstParagraph())
                .isEqualTo("Mr. Qian Zhaohui noted that the platform will grow.");
    }

    @Test
    void paragraphsAreSplitOnBlankLinesAndLineBreaksInsideAreJoined() {
        assertThat(IssueView.paragraphs("one\nline\n\n  two  \n\n\n")).isEqualTo(List.of("one line", "two"));
    }
}
