package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;

class MailHtmlSizeTest {

    private final IssueRenderer renderer =
            new IssueRenderer(new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES);

    static Issue bigIssue(int events, int speakersPerEvent, int leadChars) {
        List<Item> items = new ArrayList<>();
        for (int e = 1; e <= events; e++) {
            List<Speaker> speakers = new ArrayList<>();
            for (int s = 1; s <= speakersPerEvent; s++) {
                speakers.add(new Speaker(
                        "Speaker " + e + "-" + s,
                        "Ms.",
                        "Director",
                        "Institute " + s,
                        ("Statement " + e + "-" + s + " on cooperation, green finance and low-carbon infrastructure. ")
                                .repeat(15)));
            }
            String lead = ("Lead of event " + e + ". ").repeat(Math.max(1, leadChars / 18));
            items.add(SampleItems.item(
                    "big-" + e,
                    "lmec",
                    "Event number " + e,
                    LocalDate.of(2021, 1, 1).plusDays(e),
                    lead,
                    speakers));
        }
        return new Issue(
                "lmec-2021-7",
                "lmec",
                2021,
                7,
                "Issue 7, 2021",
                LocalDate.of(2021, 4, 30),
                new EventMerger().merge(items));
    }

    @Test
    void aBigIssueMailsItsLeadsUnder100kBAndPointsToThePdfWhileTheArchiveKeepsEverything() {
        RenderedIssue r = renderer.render(bigIssue(10, 20, 600));

        assertThat(bytes(r.html())).isGreaterThan(IssueRenderer.MAIL_HTML_LIMIT);
        assertThat(bytes(r.mailHtml())).isLessThan(IssueRenderer.MAIL_HTML_LIMIT);
        String mailText = Jsoup.parse(r.mailHtml()).text();
        assertThat(mailText)
                .contains("Event number 1", "Event number 10", "Lead of event 10.", "LMEC-Newsletter-Issue-7-2021.pdf")
                .doesNotContain("Statement 1-1");
        assertThat(mailText).contains("Contact Us", "WeChat ID: lancang-mekongcec", "About LMEC:");
        assertThat(Jsoup.parse(r.html()).text()).contains("Statement 10-20");
        assertThat(PdfContents.of(r.pdf()).flatText())
                .contains("Ms. Speaker 10-20, Director, Institute 20, noted that");
    }

    @Test
    void anIssueWhoseLeadsAloneAreTooBigMailsTheTitlesOnly() {
        RenderedIssue r = renderer.render(bigIssue(40, 2, 4000));

        assertThat(bytes(r.mailHtml())).isLessThan(IssueRenderer.MAIL_HTML_LIMIT);
        assertThat(Jsoup.parse(r.mailHtml()).text())
                .contains("Event number 40", "LMEC-Newsletter-Issue-7-2021.pdf")
                .doesNotContain("Lead of event");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
