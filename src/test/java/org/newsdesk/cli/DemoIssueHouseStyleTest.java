package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The demo's issues in their publications' house style: none of the notes' shorthand, no bare
 * lower-case paragraph, the verbs the notes used and the sections they mark.
 */
class DemoIssueHouseStyleTest {

    /** The shorthand of the example notes, each as a whole word. */
    private static final List<Pattern> SHORTHAND = List.of(
            Pattern.compile("\\bintl\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}-])S-S(?![\\p{L}-])"),
            Pattern.compile("(?<!\\p{L})w/"),
            Pattern.compile("->"),
            Pattern.compile(" \\+ "),
            Pattern.compile("\\bmgmt\\b", Pattern.CASE_INSENSITIVE));

    private static Path work;
    private static int year;

    @BeforeAll
    static void runTheDemo() {
        work = Path.of("target/demo-house-style").toAbsolutePath();
        year = LocalDate.now().getYear();
        int exit = new CommandLine(new NewsdeskCommand()).execute("demo", "--work-dir", work.toString());
        assertThat(exit).isZero();
    }

    private static Path issue(String pub, String file) {
        return work.resolve("archive")
                .resolve(pub)
                .resolve(Integer.toString(year))
                .resolve(file);
    }

    @Test
    void theIssuesHoldNoneOfTheNotesShorthand() throws Exception {
        for (String pub : List.of("lmec", "china-asean")) {
            for (String file : List.of("issue-1.html", "issue-1.mail.html")) {
                assertNoShorthand(
                        pub + " " + file,
                        Jsoup.parse(Files.readString(issue(pub, file))).text());
            }
            assertNoShorthand(pub + " issue-1.txt", Files.readString(issue(pub, "issue-1.txt")));
        }
    }

    @Test
    void everyStyledElementOfTheDemosMailCarriesItsStyleInline() throws Exception {
        for (String pub : List.of("lmec", "china-asean")) {
            Document mail = Jsoup.parse(Files.readString(issue(pub, "issue-1.mail.html")));
            for (Element e : mail.select("[class], h2, h3, ul, li")) {
                assertThat(e.attr("style")).as(pub + " " + e.cssSelector()).isNotBlank();
            }
        }
    }

    @Test
    void noParagraphOfAnEventStartsInLowerCase() throws Exception {
        for (String pub : List.of("lmec", "china-asean")) {
            for (String file : List.of("issue-1.html", "issue-1.mail.html")) {
                Document html = Jsoup.parse(Files.readString(issue(pub, file)));
                List<String> paragraphs = new ArrayList<>();
                for (Element p : html.select("p")) {
                    if (p.closest(".contact") == null && !p.text().isBlank()) {
                        paragraphs.add(p.text());
                    }
                }
                assertThat(paragraphs).as(pub + " " + file).hasSizeGreaterThan(5);
                assertThat(paragraphs).as(pub + " " + file).noneMatch(DemoIssueHouseStyleTest::startsLowerCase);
            }
            String text = Files.readString(issue(pub, "issue-1.txt"));
            String events = text.substring(0, text.indexOf("Contact Us"));
            List<String> paragraphs = new ArrayList<>();
            for (String p : events.split("\\n\\s*\\n")) {
                // the points of a list start with "- " and may run on in lower case
                if (!p.isBlank() && !p.strip().startsWith("- ")) {
                    paragraphs.add(p.strip());
                }
            }
            assertThat(paragraphs).as(pub + " text").noneMatch(DemoIssueHouseStyleTest::startsLowerCase);
        }
    }

    @Test
    void theLmecProseKeepsTheNotesVerbsAndSections() throws Exception {
        String text =
                Jsoup.parse(Files.readString(issue("lmec", "issue-1.html"))).text();
        assertThat(text)
                .contains("Thailand Greenhouse Gas Management Organization (TGO), said that provinces")
                .contains("China Electricity Council, introduced that the Lancang-Mekong")
                .contains("China Textile Information Center, pointed out that China's textile")
                .contains("WRI China, noted that fully sharing");
        Document html = Jsoup.parse(Files.readString(issue("lmec", "issue-1.html")));
        assertThat(html.select("h3.section").eachText()).containsExactly("Comments & Discussions", "Conclusion");
        assertThat(html.select("h3.section").get(0).nextElementSibling().text())
                .startsWith("Mr. Sounadeth Soukchaleun");
        assertThat(Files.readString(issue("lmec", "issue-1.txt"))).contains("\nConclusion\n\nMs. Li Xia, Director");
    }

    @Test
    void aPointListAfterAColonIsAList() throws Exception {
        Document html = Jsoup.parse(Files.readString(issue("china-asean", "issue-1.html")));
        assertThat(html.select("ul li").eachText())
                .contains("reducing emissions and responding to climate risks in the shipping sector with help of green"
                        + " finance");
    }

    private static void assertNoShorthand(String where, String text) {
        for (Pattern p : SHORTHAND) {
            assertThat(p.matcher(text).find()).as(where + " holds " + p).isFalse();
        }
    }

    private static boolean startsLowerCase(String paragraph) {
        return Character.isLowerCase(paragraph.codePointAt(0));
    }
}
