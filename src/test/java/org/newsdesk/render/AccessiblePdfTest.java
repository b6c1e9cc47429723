package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.testing.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The demo's two issues as typeset PDFs: tagged PDF/UA-1 and PDF/A-3a by veraPDF's count, and read back
 * with PDFBox for what a reader's software uses: language, title, outline, links, fonts and glyphs.
 */
class AccessiblePdfTest {

    static final Map<String, DemoIssues> ISSUES = new LinkedHashMap<>();

    @BeforeAll
    static void renderTheDemoIssues() {
        for (String publication : DemoIssues.PUBLICATIONS) {
            ISSUES.put(publication, DemoIssues.of(publication));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theIssuePassesPdfUa1WithNoFailedRule(String publication) {
        assertThat(VeraPdf.failedRules(pdf(publication), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theIssuePassesPdfA3aWithNoFailedRule(String publication) {
        assertThat(VeraPdf.failedRules(pdf(publication), PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void veraPdfFindsTheFailedRulesOfAnUntaggedPdf() throws IOException {
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            plain = out.toByteArray();
        }
        assertThat(VeraPdf.failedRules(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(VeraPdf.failedRules(plain, PDFAFlavour.PDFA_3_A)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theDocumentIsTaggedAndNamesItsLanguageAndTitle(String publication) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(publication))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            String title = DemoIssues.PROFILES.get(publication).name() + " — "
                    + ISSUES.get(publication).issue().label();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            // the XMP packet carries the same title and the PDF/A and PDF/UA identification
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(doc.getDocumentInformation().getSubject()).startsWith("Newsletter Issue 1, ");
            assertThat(xmp).contains(title, "dc:description", "pdfaid:part", "pdfuaid:part");
        }
    }

    @Test
    void theChineseMastheadIsMarkedAsSimplifiedChinese() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf("lmec"))) {
            List<String> languages = new ArrayList<>();
            collectLanguages(doc.getDocumentCatalog().getStructureTreeRoot(), languages);
            assertThat(languages).contains("zh-Hans");
        }
        assertThat(Jsoup.parse(ISSUES.get("lmec").printHtml())
                        .select("[lang=zh-Hans]")
                        .text())
                .isEqualTo("澜沧江-湄公河环境合作中心");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theOutlineHasOneBookmarkPerEventInIssueOrder(String publication) throws IOException {
        List<String> events = ISSUES.get(publication).issue().events().stream()
                .map(IssueEvent::title)
                .toList();
        assertThat(events).isNotEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf(publication))) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                assertThat(item.getDestination())
                        .as("where %s leads", item.getTitle())
                        .isNotNull();
            }
            assertThat(bookmarks).isEqualTo(events);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theContactBlocksAddressesAreLiveLinks(String publication) throws IOException {
        List<String> expected = publication.equals("lmec")
                ? List.of(
                        "mailto:tang.huaqing@fecomee.org.cn", "mailto:li.xia@fecomee.org.cn", "http://www.lmec.org.cn")
                : List.of("mailto:Ii.xia@fecomee.org.cn", "http://www.chinaaseanenv.org");
        List<String> links = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf(publication))) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        // a link wrapped over two lines is one annotation per line
        assertThat(links.stream().distinct().toList()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void everyCharacterOfTheTextIsPrintedWithItsOwnGlyphFromAnEmbeddedFont(String publication) throws IOException {
        DemoIssues demo = ISSUES.get(publication);
        Glyphs glyphs = Glyphs.of(pdf(publication));
        assertThat(glyphs.problems()).isEmpty();
        assertThat(glyphs.characters())
                .containsAll(characters(Jsoup.parse(demo.printHtml()).body().text()));
    }

    @Test
    void theGlyphCheckCatchesACharacterNoShippedFontHas() throws IOException {
        // Tibetan: in neither Noto Sans nor Noto Sans SC
        String html = "<html lang=\"en\"><head><title>t</title></head>"
                + "<body style=\"font-family: 'Noto Sans', 'Noto Sans SC'\"><p>Om ༀ</p></body></html>";
        Glyphs glyphs = Glyphs.of(new PdfRenderer().render(html));
        boolean missing = !glyphs.problems().isEmpty() || !glyphs.characters().contains("ༀ");
        assertThat(missing).isTrue();
    }

    @Test
    void latinTextIsSetInNotoSansWithItsOwnItalicAndTheLatinApostrophe() throws IOException {
        Glyphs glyphs = Glyphs.of(pdf("china-asean"));
        // the role lines are italic: the italic face itself, not a slanted regular
        assertThat(glyphs.fonts())
                .anyMatch(f -> f.endsWith("+NotoSans-Italic"))
                .anyMatch(f -> f.endsWith("+NotoSans-Regular"));
        assertThat(ISSUES.get("china-asean").printHtml()).contains("Platform’s");
        assertThat(glyphs.fontsOf("’")).isNotEmpty().allMatch(f -> f.contains("+NotoSans-"));
        // no ligature glyphs: the words read back as written
        assertThat(org.newsdesk.testing.PdfContents.of(pdf("china-asean")).flatText())
                .contains("Senior Project Officer")
                .doesNotContain("ﬃ", "ﬁ", "ﬂ");
        assertThat(Glyphs.of(pdf("lmec")).fontsOf("澜")).isNotEmpty().allMatch(f -> f.contains("+NotoSansSC-"));
    }

    @Test
    void theContactAndAboutBlocksShareThePageOfAShortLastEvent() {
        org.newsdesk.domain.Issue shortIssue = new org.newsdesk.domain.Issue(
                "lmec-2021-7",
                "lmec",
                2021,
                7,
                "Issue 7, 2021",
                java.time.LocalDate.of(2021, 5, 9),
                new org.newsdesk.assemble.EventMerger()
                        .merge(List.of(org.newsdesk.testing.SampleItems.anyItem(
                                "lmec",
                                "A short event",
                                new org.newsdesk.domain.Speaker(
                                        "Li Xia", "Ms.", "Director", "LMEC", "The event was short.")))));
        RenderedIssue rendered = new IssueRenderer(
                        new TemplateSet(java.nio.file.Path.of("templates")), DemoIssues.PROFILES)
                .render(shortIssue);
        org.newsdesk.testing.PdfContents pdf = org.newsdesk.testing.PdfContents.of(rendered.pdf());
        assertThat(pdf.pages()).isOne();
        assertThat(pdf.pageTexts().get(0)).contains("A short event", "Contact Us", "WeChat ID", "About LMEC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lmec", "china-asean"})
    void theContactBlockIsNeverSplitOverTwoPages(String publication) {
        org.newsdesk.testing.PdfContents pdf = org.newsdesk.testing.PdfContents.of(pdf(publication));
        String last = pdf.pageTexts().get(pdf.pages() - 1);
        assertThat(last).contains("Contact Us", "WeChat");
    }

    private static byte[] pdf(String publication) {
        return ISSUES.get(publication).rendered().pdf();
    }

    private static TreeSet<String> characters(String text) {
        TreeSet<String> chars = new TreeSet<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> chars.add(new String(Character.toChars(c))));
        return chars;
    }

    private static void collectLanguages(PDStructureNode node, List<String> languages) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    languages.add(element.getLanguage());
                }
                collectLanguages(element, languages);
            }
        }
    }

    /**
     * Every glyph PDFBox reads from the pages: the characters they stand for, which font printed each
     * and what is wrong (a font not embedded, a character code with no glyph in its font).
     */
    record Glyphs(TreeSet<String> characters, Map<String, TreeSet<String>> fontsByCharacter, List<String> problems) {

        static Glyphs of(byte[] pdf) throws IOException {
            Glyphs glyphs = new Glyphs(new TreeSet<>(), new LinkedHashMap<>(), new ArrayList<>());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        positions.forEach(glyphs::add);
                        super.writeString(text, positions);
                    }
                };
                stripper.getText(doc);
            }
            return glyphs;
        }

        private void add(TextPosition text) {
            PDFont font = text.getFont();
            String unicode = text.getUnicode();
            characters.addAll(AccessiblePdfTest.characters(unicode));
            fontsByCharacter.computeIfAbsent(unicode, u -> new TreeSet<>()).add(font.getName());
            if (!font.isEmbedded()) {
                problems.add(unicode + ": font " + font.getName() + " is not embedded");
            }
            if (font instanceof PDType0Font type0) {
                for (int code : text.getCharacterCodes()) {
                    try {
                        if (type0.getDescendantFont().codeToGID(code) == 0) {
                            problems.add(unicode + ": no glyph in " + font.getName());
                        }
                    } catch (IOException e) {
                        problems.add(unicode + ": " + e.getMessage());
                    }
                }
            }
        }

        TreeSet<String> fonts() {
            TreeSet<String> all = new TreeSet<>();
            fontsByCharacter.values().forEach(all::addAll);
            return all;
        }

        TreeSet<String> fontsOf(String character) {
            return fontsByCharacter.getOrDefault(character, new TreeSet<>());
        }
    }
}
