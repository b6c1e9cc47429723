package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.render.IssueView.LinkedText;
import org.newsdesk.testing.SampleItems;

/** What the print template links: the contact block's addresses, and each event's bookmark anchor. */
class IssueViewLinksTest {

    static IssueView view(String publication) {
        Issue issue = new Issue(
                publication + "-2021-6",
                publication,
                2021,
                6,
                "Issue 6, 2021",
                LocalDate.of(2021, 4, 9),
                new EventMerger()
                        .merge(List.of(
                                SampleItems.anyItem(publication, "First event"),
                                SampleItems.anyItem(publication, "Second event"))));
        return IssueView.of(issue, DemoIssues.PROFILES.get(publication), false, "issue.pdf");
    }

    @Test
    void eMailAndWebAddressesBecomeLinksAndTheRestOfTheLineStaysText() {
        List<List<LinkedText>> lines = view("lmec").contactLinks().stream()
                .map(IssueView.LinkedLine::runs)
                .toList();
        assertThat(lines)
                .contains(
                        List.of(
                                new LinkedText("E-mail: ", null),
                                new LinkedText("tang.huaqing@fecomee.org.cn", "mailto:tang.huaqing@fecomee.org.cn")),
                        List.of(new LinkedText("li.xia@fecomee.org.cn", "mailto:li.xia@fecomee.org.cn")),
                        // the angle brackets printed around the address stay outside the link
                        List.of(
                                new LinkedText("Web: <", null),
                                new LinkedText("http://www.lmec.org.cn", "http://www.lmec.org.cn"),
                                new LinkedText(">", null)),
                        List.of(new LinkedText("Tel: +86-010-82268277/8221", null)));
    }

    @Test
    void everyContactLineIsPrintedWholeWhateverItLinks() {
        IssueView view = view("china-asean");
        List<String> joined = view.contactLinks().stream()
                .map(line -> String.join(
                        "", line.runs().stream().map(LinkedText::text).toList()))
                .toList();
        assertThat(joined).isEqualTo(view.contactLines());
    }

    @Test
    void eventsAreNumberedFromOneForTheirAnchors() {
        assertThat(view("lmec").numberedEvents())
                .extracting(IssueView.NumberedEvent::anchor, e -> e.event().title())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("event-1", "First event"),
                        org.assertj.core.groups.Tuple.tuple("event-2", "Second event"));
    }
}
