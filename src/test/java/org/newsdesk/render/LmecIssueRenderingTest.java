package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Publication;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.StoreBackends;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;
import org.newsdesk.testing.SettableClock;

/**
 * LMEC Issue 6, 2021 made the way the service makes it: five earlier issues, then the two LMEC sample
 * notes' items stored, assembled and rendered; the PDF read back with PDFBox must read like the
 * published newsletter in {@code samples/newsletters/lmec-2021-issue-6.txt}.
 */
class LmecIssueRenderingTest {

    static final PublicationProfiles PROFILES = PublicationProfiles.load(Path.of("config/publications"));
    static final Publication LMEC = PROFILES.get("lmec");

    static Issue issue;
    static RenderedIssue rendered;
    static PdfContents pdf;

    @BeforeAll
    static void assembleAndRenderIssueSix() throws Exception {
        try (StoreBackend store = StoreBackends.h2()) {
            ItemStore items = new ItemStore(store.db());
            IssueAssembler assembler = new IssueAssembler(
                    store.db(),
                    items,
                    new IssueStore(store.db()),
                    PROFILES,
                    new SettableClock(Instant.parse("2021-04-09T02:00:00Z")));
            for (int n = 1; n <= 5; n++) {
                items.save(SampleItems.anyItem("lmec", "Earlier event " + n));
                assembler.assembleNext("lmec").orElseThrow();
            }
            items.save(SampleItems.lmecExperts());
            items.save(SampleItems.lmecComments());
            issue = assembler.assembleNext("lmec").orElseThrow();
        }
        rendered = new IssueRenderer(new TemplateSet(Path.of("templates")), PROFILES).render(issue);
        pdf = PdfContents.of(rendered.pdf());
        // kept for a person to look at (pdftoppm) and for the rendering notes
        Path out = Path.of("target/rendered");
        Files.createDirectories(out);
        Files.write(out.resolve("lmec-issue-6.pdf"), rendered.pdf());
        Files.writeString(out.resolve("lmec-issue-6.html"), rendered.html());
    }

    @Test
    void theMastheadIsBilingualWithNewsletterLabelAndDate() {
        List<String> lines = pdf.lines();
        assertThat(lines)
                .containsSubsequence(
                        "澜沧江-湄公河环境合作中心",
                        "Lancang-Mekong Environmental Cooperation Center",
                        "Newsletter",
                        "Issue 6, 2021",
                        "April 9, 2021");
        assertThat(issue.label()).isEqualTo("Issue 6, 2021");
    }

    @Test
    void theEventHasItsTitleAndLead() {
        assertThat(pdf.flatText()).contains(SampleItems.LMEC_TITLE).contains(PdfContents.flat(SampleItems.LMEC_LEAD));
    }

    @Test
    void everySpeakerHasOneParagraphInTheLmecProseStyleInNoteOrder() {
        List<String> paragraphs = List.of(
                "Ms. Miao Hong, Sustainable Investment Program Director, WRI China, noted that fully sharing China's experience "
                        + "in energy development over the years",
                "Ms. Sumon Sumetchoengprachya, Director, Carbon Business Office, Thailand Greenhouse Gas Management Organization "
                        + "(TGO), noted that provinces in Thailand have developed",
                "Mr. Lei Xiaomeng, Senior Expert, China Electricity Council, noted that the Lancang-Mekong sub-regional power",
                "Mr. Hu Kehua, Director, Sustainable Development and Cooperation Department, China Textile Information Center, "
                        + "noted that China's textile industry is actively exploring",
                "Mr. Qian Zhaohui, Lancang-Mekong Environmental Cooperation Center (LMEC), noted that the Lancang-Mekong Knowledge",
                "Mr. Sounadeth Soukchaleun, Deputy Director for Planning and Finance, Ministry of Natural Resources and "
                        + "Environment, Lao PDR, noted that the LMEC is a good platform",
                "Mr. Ma Dingping, Secretary General, Chongqing Renewable Energy Society, noted that a combination of energy",
                "Ms. Li Xia, Director, LMEC, noted that ensuring energy efficiency and accessibility");
        String text = pdf.flatText();
        assertThat(text).containsSubsequence(paragraphs);
        for (var speaker : issue.events().get(0).speakers()) {
            String statementEnd =
                    speaker.statement().substring(speaker.statement().length() - 60);
            assertThat(text).contains(PdfContents.flat(statementEnd));
        }
    }

    @Test
    void everyContactLineIsPrintedVerbatimOnItsOwnLineAfterTheHeading() {
        List<String> contact =
                LMEC.contactVerbatim().strip().lines().filter(l -> !l.isBlank()).toList();
        assertThat(contact).hasSize(10).contains("Web: <http://www.lmec.org.cn>", "li.xia@fecomee.org.cn");
        assertThat(pdf.lines()).containsSubsequence(contact);
    }

    @Test
    void theAboutTextFollowsTheContactBlock() {
        String text = pdf.flatText();
        String about = PdfContents.flat(LMEC.about());
        assertThat(about)
                .startsWith("About LMEC: Lancang-Mekong Environmental Cooperation Center (LMEC) is an initiative");
        assertThat(text).contains(about);
        assertThat(text.indexOf(about)).isGreaterThan(text.indexOf("WeChat ID: lancang-mekongcec"));
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fonts()).allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.subset()).as(font.name() + " subset").isTrue();
        });
    }

    @Test
    void everyPageHasItsNumberInTheFooter() {
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        for (int p = 1; p <= pdf.pages(); p++) {
            assertThat(pdf.pageTexts().get(p - 1)).contains("Page " + p + " of " + pdf.pages());
        }
    }

    @Test
    void theMailHtmlCarriesTheWholeIssueWhenSmall() {
        // the mail adds its preheader, top line and foot, and its styles are inlined: the issue itself is the same
        assertThat(org.jsoup.Jsoup.parse(rendered.mailHtml())
                        .selectFirst("main")
                        .text())
                .isEqualTo(org.jsoup.Jsoup.parse(rendered.html())
                        .selectFirst("main")
                        .text());
        assertThat(rendered.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(IssueRenderer.MAIL_HTML_LIMIT);
    }

    @Test
    void theMailTextPartHasTheMastheadLinesTheSpeakerParagraphsAndEveryContactLineOnItsOwn() {
        List<String> lines = rendered.text().lines().toList();
        List<String> contact =
                LMEC.contactVerbatim().strip().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).isEqualTo("澜沧江-湄公河环境合作中心");
        assertThat(lines)
                .containsSubsequence(
                        "Lancang-Mekong Environmental Cooperation Center",
                        "Newsletter",
                        "Issue 6, 2021",
                        "April 9, 2021",
                        SampleItems.LMEC_TITLE);
        assertThat(lines).containsSubsequence(contact);
        assertThat(lines.stream().filter(l -> l.contains(", noted that "))).hasSize(8);
        assertThat(rendered.text()).contains("regional green recovery.\n\nMs. Sumon Sumetchoengprachya");
        assertThat(rendered.text().strip())
                .endsWith("pushing forward regional sustainable development in a concerted manner.");
    }

    @Test
    void theHtmlHasEveryContactLineAsItsOwnParagraph() {
        List<String> contact = LMEC.contactVerbatim()
                .strip()
                .lines()
                .filter(l -> !l.isBlank())
                .skip(1)
                .toList();
        assertThat(org.jsoup.Jsoup.parse(rendered.html()).select(".contact p").eachText())
                .containsExactlyElementsOf(contact);
    }

    @AfterAll
    static void report() {
        System.out.println("LMEC issue 6: " + pdf.pages() + " pages, fonts " + pdf.fonts());
    }
}
