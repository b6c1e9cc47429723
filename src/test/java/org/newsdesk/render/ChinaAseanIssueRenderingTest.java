package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Publication;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;

/** The forum split over five notes, laid out in China-ASEAN's block style: name, role line, statement. */
class ChinaAseanIssueRenderingTest {

    static final Publication PUB = LmecIssueRenderingTest.PROFILES.get("china-asean");
    static RenderedIssue rendered;
    static PdfContents pdf;

    @BeforeAll
    static void render() throws Exception {
        Issue issue = new Issue(
                "china-asean-2021-3",
                "china-asean",
                2021,
                3,
                "Issue 3, 2021",
                LocalDate.of(2021, 9, 17),
                new EventMerger().merge(SampleItems.forumParts()));
        rendered =
                new IssueRenderer(new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES).render(issue);
        pdf = PdfContents.of(rendered.pdf());
        Files.createDirectories(Path.of("target/rendered"));
        Files.write(Path.of("target/rendered/china-asean-issue-3.pdf"), rendered.pdf());
    }

    @Test
    void eachSpeakerIsANameLineThenARoleLineThenTheStatement() {
        assertThat(pdf.lines())
                .containsSubsequence(
                        "Chen Zhihua",
                        "Director of the Department of Climate Change, Ministry of Ecology and Environment",
                        "As a responsible major country, China has always proactively assumed its responsibilities.",
                        "Zhou Jun");
        Document html = Jsoup.parse(rendered.html());
        assertThat(html.select(".speaker .name").eachText())
                .hasSize(20)
                .startsWith("Chen Zhihua", "Zhou Jun")
                .endsWith("Teng Yue");
        assertThat(html.select(".speaker .role").first().text())
                .isEqualTo("Director of the Department of Climate Change, Ministry of Ecology and Environment");
    }

    @Test
    void theFiveNotesAreOneEventUnderOneHeading() {
        Document html = Jsoup.parse(rendered.html());
        assertThat(html.select("h2").eachText())
                .containsExactly(
                        "Experts' Viewpoints at the Forum on the Knowledge-Sharing Platform for South-South Cooperation on Climate Change");
    }

    @Test
    void theMastheadHasNoChineseLineWhenTheProfileHasNoneAndTheContactBlockIsTheOneLineAsPublished() {
        assertThat(pdf.text()).doesNotContain("澜沧江");
        assertThat(pdf.lines())
                .containsSubsequence(
                        "China-ASEAN Environmental Cooperation Center",
                        "Newsletter",
                        "Issue 3, 2021",
                        "September 17, 2021");
        List<String> verbatim =
                PUB.contactVerbatim().strip().lines().filter(l -> !l.isBlank()).toList();
        assertThat(verbatim).hasSize(2);
        // the run-on line wraps in the PDF (even inside the URL), so compare it without white space
        assertThat(pdf.text().replaceAll("\\s", "")).contains(verbatim.get(1).replaceAll("\\s", ""));
        assertThat(Jsoup.parse(rendered.html()).select(".contact p").eachText()).containsExactly(verbatim.get(1));
        assertThat(pdf.flatText()).doesNotContain("About ");
    }

    @Test
    void aSpeakersNameIsNeverLeftAloneAtTheFootOfAPage() {
        for (String page : pdf.pageTexts()) {
            List<String> lines =
                    page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String last = lines.get(lines.size() - 1);
            assertThat(SampleItems.forumParts().stream()
                            .flatMap(i -> i.speakers().stream())
                            .map(s -> s.name()))
                    .as("last line of a page: " + last)
                    .doesNotContain(last);
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        assertThat(pdf.fonts())
                .isNotEmpty()
                .allSatisfy(
                        f -> assertThat(f.embedded() && f.subset()).as(f.name()).isTrue());
    }
}
