package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.Axe;
import org.newsdesk.testing.Chromium;
import org.openqa.selenium.Dimension;

/**
 * The mail's HTML in headless Chromium as sent and as a client that drops {@code <style>} shows it (every
 * {@code <style>} element removed), at a phone's 390 px and a desktop's 1200 px: the same column, headings and
 * paragraphs (position and width within 2 px, font size, weight and style), a 600–680 px column on the desktop and
 * nothing wider than the phone. The screenshots are left in {@code target/screenshots/}.
 */
class MailLayoutInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The main column, the masthead's lines, every heading and paragraph, each with its box and typography. */
    private static final String BOXES = """
            var out = [];
            document.querySelectorAll('.page, h1, h1 span, h2, h3, p').forEach(function (e) {
              var r = e.getBoundingClientRect(), s = getComputedStyle(e);
              out.push({what: e.tagName + (e.className ? '.' + e.className : ''), x: r.x, width: r.width,
                        fontSize: s.fontSize, fontWeight: s.fontWeight, fontStyle: s.fontStyle});
            });
            return JSON.stringify({window: window.innerWidth, viewport: document.documentElement.clientWidth,
                                   scrollWidth: document.documentElement.scrollWidth, boxes: out});
            """;

    private static final String STRIP = "document.querySelectorAll('style').forEach(function (s) { s.remove(); });";

    static Path lmecMail;
    static Path chinaAseanMail;
    static Path lmecWeb;
    static Chromium chromium;

    @BeforeAll
    static void render() throws Exception {
        IssueRenderer renderer = SampleIssues.renderer();
        RenderedIssue lmec = renderer.render(SampleIssues.lmec());
        RenderedIssue chinaAsean = renderer.render(SampleIssues.chinaAsean());
        Path dir = Files.createDirectories(Path.of("target/rendered"));
        lmecMail = Files.writeString(dir.resolve("lmec-issue-6.mail.html"), lmec.mailHtml());
        chinaAseanMail = Files.writeString(dir.resolve("china-asean-issue-3.mail.html"), chinaAsean.mailHtml());
        lmecWeb = Files.writeString(dir.resolve("lmec-issue-6.web.html"), lmec.html());
    }

    @BeforeEach
    void browser() {
        Chromium.assumeInstalled();
        if (chromium == null) {
            chromium = Chromium.start();
        }
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void withoutItsStyleElementsTheMailKeepsItsColumnAndTypographyAtPhoneAndDesktopWidth() throws Exception {
        for (Path mail : List.of(lmecMail, chinaAseanMail)) {
            for (int width : new int[] {390, 1200}) {
                JsonNode sent = look(mail, width, false);
                JsonNode stripped = look(mail, width, true);
                assertSameLayout(sent, stripped, mail.getFileName() + " at " + width + " px");
                for (JsonNode page : List.of(sent, stripped)) {
                    double column = page.path("boxes").get(0).path("width").asDouble();
                    assertThat(page.path("scrollWidth").asInt())
                            .as("nothing wider than the window")
                            .isLessThanOrEqualTo(page.path("viewport").asInt());
                    if (width == 1200) {
                        assertThat(column).as("the column at 1200 px").isBetween(600.0, 680.0);
                    } else {
                        assertThat(column)
                                .as("the column at 390 px")
                                .isLessThanOrEqualTo(390.0)
                                .isGreaterThan(300.0);
                    }
                }
            }
        }
    }

    @Test
    void theComparisonTellsAPageStyledOnlyByItsStyleElementFromTheMail() throws Exception {
        // the web copy keeps its <style>: without it the column is the whole window and the type the browser's own
        JsonNode sent = look(lmecWeb, 1200, false);
        JsonNode stripped = look(lmecWeb, 1200, true);
        assertThat(sent.path("boxes").get(0).path("width").asDouble()).isBetween(600.0, 680.0);
        assertThat(stripped.path("boxes").get(0).path("width").asDouble()).isGreaterThan(1000.0);
        assertThat(differences(sent, stripped)).isNotEmpty();
    }

    @Test
    void theWebIssueHasNoAccessibilityViolation() {
        chromium.driver().manage().window().setSize(new Dimension(1200, 900));
        chromium.driver().get(lmecWeb.toAbsolutePath().toUri().toString());
        assertThat(Axe.violations(chromium.driver())).isEmpty();
        chromium.driver().get(lmecMail.toAbsolutePath().toUri().toString());
        assertThat(Axe.violations(chromium.driver())).as("the mail").isEmpty();
    }

    @Test
    void screenshotsOfTheMailAtPhoneAndDesktopWidth() throws Exception {
        for (int width : new int[] {390, 1200}) {
            look(lmecMail, width, false);
            assertThat(chromium.screenshot(Path.of("target/screenshots/mail-lmec-" + width + ".png")))
                    .isNotEmptyFile();
            look(lmecMail, width, true);
            assertThat(chromium.screenshot(Path.of("target/screenshots/mail-lmec-" + width + "-no-style.png")))
                    .isNotEmptyFile();
            look(chinaAseanMail, width, false);
            assertThat(chromium.screenshot(Path.of("target/screenshots/mail-china-asean-" + width + ".png")))
                    .isNotEmptyFile();
        }
    }

    /** The page at {@code width} px of window content, its style elements removed when {@code strip}. */
    private static JsonNode look(Path file, int width, boolean strip) throws Exception {
        var driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(width, 2000));
        driver.get(file.toAbsolutePath().toUri().toString());
        // the window's frame takes some of its width: widen it until the page area is exactly `width`
        long inner = (Long) driver.executeScript("return window.innerWidth;");
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), 2000));
        }
        if (strip) {
            driver.executeScript(STRIP);
        }
        JsonNode page = JSON.readTree((String) driver.executeScript(BOXES));
        assertThat(page.path("window").asInt()).isEqualTo(width);
        return page;
    }

    private static void assertSameLayout(JsonNode sent, JsonNode stripped, String what) {
        assertThat(sent.path("boxes").size()).as(what).isGreaterThan(10);
        assertThat(differences(sent, stripped)).as(what).isEmpty();
    }

    private static List<String> differences(JsonNode a, JsonNode b) {
        List<String> out = new java.util.ArrayList<>();
        if (a.path("boxes").size() != b.path("boxes").size()) {
            out.add("element count " + a.path("boxes").size() + " vs "
                    + b.path("boxes").size());
            return out;
        }
        for (int i = 0; i < a.path("boxes").size(); i++) {
            JsonNode x = a.path("boxes").get(i);
            JsonNode y = b.path("boxes").get(i);
            String what = i + " " + x.path("what").asText();
            if (Math.abs(x.path("x").asDouble() - y.path("x").asDouble()) > 2) {
                out.add(what + " x " + x.path("x") + " vs " + y.path("x"));
            }
            if (Math.abs(x.path("width").asDouble() - y.path("width").asDouble()) > 2) {
                out.add(what + " width " + x.path("width") + " vs " + y.path("width"));
            }
            for (String property : List.of("fontSize", "fontWeight", "fontStyle")) {
                if (!x.path(property).equals(y.path(property))) {
                    out.add(what + " " + property + " " + x.path(property) + " vs " + y.path(property));
                }
            }
        }
        return out;
    }
}
