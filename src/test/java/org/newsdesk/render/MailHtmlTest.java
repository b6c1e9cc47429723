package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.testing.HtmlChecker;
import org.newsdesk.testing.PdfContents;

/** The web and mail HTML of both sample publications' issues: valid, inlined, with preheader, top and foot lines. */
class MailHtmlTest {

    static RenderedIssue lmec;
    static RenderedIssue chinaAsean;

    @BeforeAll
    static void render() throws Exception {
        IssueRenderer renderer = SampleIssues.renderer();
        lmec = renderer.render(SampleIssues.lmec());
        chinaAsean = renderer.render(SampleIssues.chinaAsean());
        Path out = Path.of("target/rendered");
        Files.createDirectories(out);
        Files.writeString(out.resolve("lmec-issue-6.mail.html"), lmec.mailHtml());
        Files.writeString(out.resolve("lmec-issue-6.web.html"), lmec.html());
        Files.writeString(out.resolve("china-asean-issue-3.mail.html"), chinaAsean.mailHtml());
        Files.writeString(out.resolve("china-asean-issue-3.web.html"), chinaAsean.html());
    }

    @Test
    void theWebAndMailHtmlOfBothSampleIssuesHaveNoErrorForTheNuHtmlChecker() {
        for (RenderedIssue r : List.of(lmec, chinaAsean)) {
            assertThat(HtmlChecker.errors(r.html())).as(r.issue().id() + " web").isEmpty();
            assertThat(HtmlChecker.errors(r.mailHtml()))
                    .as(r.issue().id() + " mail")
                    .isEmpty();
        }
    }

    @Test
    void everyElementWithAClassInTheMailHtmlCarriesInlineStylesAndOnlyMediaRulesStayInStyle() {
        for (RenderedIssue r : List.of(lmec, chinaAsean)) {
            Document mail = Jsoup.parse(r.mailHtml());
            assertThat(mail.select("[class]")).isNotEmpty();
            for (Element e : mail.select("[class]")) {
                assertThat(e.attr("style")).as(e.cssSelector()).isNotBlank();
            }
            for (Element e : mail.select("body, .page, h1, h2, p")) {
                assertThat(e.attr("style")).as(e.cssSelector()).isNotBlank();
            }
            assertThat(mail.select("style")).hasSize(1);
            String kept = mail.selectFirst("style").data().strip();
            assertThat(kept).startsWith("@media").doesNotContain(".page {", ".page{");
            assertThat(mail.selectFirst(".page").attr("style")).contains("max-width: 640px");
        }
    }

    @Test
    void theMailHasAHiddenPreheaderWithTheFirstEventsLeadAndSaysOnTopThatThePdfIsAttached() {
        Document mail = Jsoup.parse(lmec.mailHtml());
        Element preheader = mail.body().child(0);
        assertThat(preheader.className()).isEqualTo("preheader");
        assertThat(preheader.attr("style")).contains("display: none");
        String lead = lmec.issue().events().get(0).lead();
        assertThat(preheader.text()).endsWith("…").hasSizeLessThanOrEqualTo(IssueRenderer.PREHEADER_LIMIT);
        assertThat(lead).startsWith(preheader.text().replace("…", ""));

        int pages = PdfContents.of(lmec.pdf()).pages();
        Element top = mail.selectFirst(".topline");
        assertThat(top.text()).isEqualTo("View online · PDF attached (" + pages + " pages)");
        assertThat(top.selectFirst("a").attr("href")).isEqualTo("https://news.example.org/p/lmec/2021/6/");
        assertThat(mail.selectFirst(".page > header").child(0)).isEqualTo(top);
    }

    @Test
    void theWebHtmlHasNeitherPreheaderNorMailLines() {
        Document web = Jsoup.parse(lmec.html());
        assertThat(web.select(".preheader, .topline, .reason")).isEmpty();
        assertThat(web.select("style")).hasSize(1);
    }

    @Test
    void theMailSaysAtTheFootWhyTheReaderGetsItWithItsOwnLinksMarkedForEachMail() {
        Document mail = Jsoup.parse(lmec.mailHtml());
        Element reason = mail.selectFirst("footer .reason");
        assertThat(reason.text())
                .startsWith("You receive this because you subscribed to the LMEC Newsletter")
                .endsWith("Your subscription · Unsubscribe");
        assertThat(reason.select("a").eachAttr("href"))
                .containsExactly(IssueRenderer.PREFERENCES_LINK, IssueRenderer.UNSUBSCRIBE_LINK);
        assertThat(lmec.mailHtml()).contains(IssueRenderer.FOOTER_START, IssueRenderer.FOOTER_END);
        assertThat(Jsoup.parse(chinaAsean.mailHtml()).selectFirst(".reason").text())
                .startsWith("You receive this because you subscribed to China-ASEAN Environmental Cooperation Center"
                        + " Newsletter.");
    }

    @Test
    void oneH1NamesThePublicationInsideTheHeaderTheEventsAreInMainAndTheChineseMastheadHasItsLanguage() {
        for (String html : List.of(lmec.html(), lmec.mailHtml())) {
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("h1")).hasSize(1);
            assertThat(doc.selectFirst("h1").text())
                    .isEqualTo("澜沧江-湄公河环境合作中心 Lancang-Mekong Environmental Cooperation Center Newsletter");
            assertThat(doc.selectFirst("h1 [lang]").attr("lang")).isEqualTo("zh-Hans");
            assertThat(doc.selectFirst("h1 [lang]").text()).isEqualTo("澜沧江-湄公河环境合作中心");
            assertThat(doc.select("main")).hasSize(1);
            assertThat(doc.select("main h2")).hasSize(lmec.issue().events().size());
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        }
        assertThat(Jsoup.parse(chinaAsean.html()).select("h1 [lang]")).isEmpty();
    }

    @Test
    void viewOnlineIsLeftOutWhenTheArchiveIsPrivateOrNoPublicAddressIsKnown(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(
                dir.resolve("lmec.yaml"),
                Files.readString(Path.of("config/publications/lmec.yaml"))
                        .replace("archive: public", "archive: private"));
        PublicationProfiles privateOne = PublicationProfiles.load(dir);
        RenderedIssue r = new IssueRenderer(
                        new TemplateSet(Path.of("templates")), privateOne, "https://news.example.org")
                .render(SampleIssues.lmec());
        assertThat(Jsoup.parse(r.mailHtml()).selectFirst(".topline").text()).startsWith("PDF attached (");
        assertThat(Jsoup.parse(r.mailHtml()).select(".topline a")).isEmpty();
        RenderedIssue noAddress = new IssueRenderer(
                        new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES)
                .render(SampleIssues.lmec());
        assertThat(Jsoup.parse(noAddress.mailHtml()).select(".topline a")).isEmpty();
    }
}
