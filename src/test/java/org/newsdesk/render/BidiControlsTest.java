package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Speaker;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;

/** Direction controls in what a person wrote never reach the HTML, the text part or the PDF. */
class BidiControlsTest {

    private static final String CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F";

    @Test
    void embeddingsIsolatesAndMarksAreRemovedFromLatinAndChineseText() {
        assertThat(BidiControls.removed("minutes\u202Eexe.txt")).isEqualTo("minutesexe.txt");
        assertThat(BidiControls.removed("张\u2067燕\u2069" + CONTROLS + " said")).isEqualTo("张燕 said");
        assertThat(BidiControls.removed(null)).isNull();
    }

    @Test
    void marksStayInRightToLeftTextWhereTheyMayBeNeededButEmbeddingsGo() {
        assertThat(BidiControls.removed("שלום\u200F 2026\u202E")).isEqualTo("שלום\u200F 2026");
    }

    @Test
    void aRenderedIssueCarriesNoDirectionControlInAnyOutput() {
        Speaker speaker = new Speaker(
                "Zhang\u202E Yan", "Ms.\u200E", "Director\u2066", "FECO\u202B", "Cooperation\u202E matters\u200F.");
        var item = SampleItems.item(
                "x-lmec",
                "lmec",
                "Title\u202E reversed",
                LocalDate.of(2021, 4, 8),
                "Lead\u2067 isolated\u2069",
                List.of(speaker));
        Issue issue = new Issue(
                "lmec-2021-1",
                "lmec",
                2021,
                1,
                "Issue 1, 2021",
                LocalDate.of(2021, 4, 9),
                new EventMerger().merge(List.of(item)));
        RenderedIssue r =
                new IssueRenderer(new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES).render(issue);
        String pdf = PdfContents.of(r.pdf()).flatText();
        for (String out : List.of(r.html(), r.mailHtml(), r.text(), pdf)) {
            assertThat(out.chars().filter(c -> CONTROLS.indexOf(c) >= 0)).isEmpty();
        }
        assertThat(r.mailHtml()).contains("Lead isolated");
        assertThat(r.text()).contains("Title reversed").contains("Zhang Yan");
        assertThat(pdf).contains("Title reversed");
    }
}
