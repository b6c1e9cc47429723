package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Speaker;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;

/** Whatever a person wrote in a note reaches the HTML and the PDF as text, never as markup. */
class RenderedTextIsEscapedTest {

    static final String SCRIPT = "<script>alert('owned')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String LINK = "<a href=\"javascript:alert(2)\">click</a>";
    static final String STATEMENT = "Beware " + SCRIPT + " and " + IMG + " then " + LINK + " & \"quotes\".";

    static RenderedIssue prose;
    static RenderedIssue block;

    @BeforeAll
    static void renderHostileIssues() {
        Speaker hostile =
                new Speaker("Eve <b onmouseover=alert(3)>Evil</b>", "Ms.", "Role " + SCRIPT, "Org " + IMG, STATEMENT);
        IssueRenderer renderer =
                new IssueRenderer(new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES);
        prose = renderer.render(issue("lmec", hostile));
        block = renderer.render(issue("china-asean", hostile));
    }

    private static Issue issue(String publication, Speaker speaker) {
        var item = SampleItems.item(
                "x-" + publication,
                publication,
                "Title " + SCRIPT,
                LocalDate.of(2021, 4, 8),
                "Lead " + LINK,
                List.of(speaker));
        return new Issue(
                publication + "-2021-1",
                publication,
                2021,
                1,
                "Issue 1, 2021",
                LocalDate.of(2021, 4, 9),
                new EventMerger().merge(List.of(item)));
    }

    @Test
    void theHtmlHasNoScriptNoEventHandlerAndNoJavascriptLink() {
        for (RenderedIssue r : List.of(prose, block)) {
            for (String html : List.of(r.html(), r.mailHtml())) {
                Document doc = Jsoup.parse(html);
                assertThat(doc.select("script")).isEmpty();
                assertThat(doc.select("img")).isEmpty();
                assertThat(doc.select("b")).isEmpty();
                assertThat(doc.getAllElements()).allSatisfy(RenderedTextIsEscapedTest::hasNoScriptingAttribute);
                assertThat(doc.body().text())
                        .contains(STATEMENT)
                        .contains("Title " + SCRIPT)
                        .contains("Lead " + LINK);
            }
        }
    }

    @Test
    void thePdfPrintsTheMarkupAsLiteralText() {
        for (RenderedIssue r : List.of(prose, block)) {
            String text = PdfContents.of(r.pdf()).flatText();
            assertThat(text)
                    .contains(SCRIPT)
                    .contains(IMG)
                    .contains(LINK)
                    .contains("Title " + SCRIPT)
                    .contains("Lead " + LINK);
        }
    }

    @Test
    void theTextPartKeepsTheCharactersAsWritten() {
        assertThat(prose.text())
                .contains(STATEMENT.substring(0, 20))
                .contains(SCRIPT)
                .doesNotContain("&lt;");
    }

    @Test
    void noHtmlTemplateUsesUnescapedValues() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".html.mustache")).toList()) {
                assertThat(Files.readString(f))
                        .as(f.toString())
                        .doesNotContain("{{{")
                        .doesNotContain("{{&");
            }
        }
    }

    private static void hasNoScriptingAttribute(Element e) {
        e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWithIgnoringCase("on");
            assertThat(a.getValue().strip().toLowerCase()).doesNotStartWith("javascript:");
        });
    }
}
