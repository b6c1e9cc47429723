package org.newsdesk.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.testing.SampleItems;

class EventMergerTest {

    private final EventMerger merger = new EventMerger();

    @Test
    void theForumSplitOverFiveNotesWithDifferentTitlesBecomesOneEvent() {
        List<Item> parts = SampleItems.forumParts();

        List<IssueEvent> events = merger.merge(parts);

        assertThat(events).hasSize(1);
        IssueEvent forum = events.get(0);
        assertThat(forum.title()).isEqualTo("Experts' Viewpoints at the " + SampleItems.FORUM_TITLE);
        assertThat(forum.date()).isEqualTo(SampleItems.FORUM_DATE);
        assertThat(forum.itemIds())
                .containsExactlyElementsOf(parts.stream().map(Item::id).toList());
        assertThat(forum.speakers())
                .extracting(Speaker::name)
                .containsExactlyElementsOf(parts.stream()
                        .flatMap(p -> p.speakers().stream())
                        .map(Speaker::name)
                        .toList());
        assertThat(forum.speakers()).hasSize(20);
        assertThat(forum.speakers().get(0).name()).isEqualTo("Chen Zhihua");
        assertThat(forum.speakers().get(19).name()).isEqualTo("Teng Yue");
    }

    @Test
    void theTwoLmecNotesBecomeOneEventWithEightSpeakersInNoteOrderAndTheLead() {
        List<IssueEvent> events = merger.merge(List.of(SampleItems.lmecExperts(), SampleItems.lmecComments()));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).lead()).isEqualTo(SampleItems.LMEC_LEAD);
        assertThat(events.get(0).speakers())
                .extracting(Speaker::name)
                .containsExactly(
                        "Miao Hong",
                        "Sumon Sumetchoengprachya",
                        "Lei Xiaomeng",
                        "Hu Kehua",
                        "Qian Zhaohui",
                        "Sounadeth Soukchaleun",
                        "Ma Dingping",
                        "Li Xia");
    }

    @Test
    void aSpeakerInTwoNotesOfOneEventAppearsOnceWhereFirstQuoted() {
        Speaker wang = new Speaker("Wang Qian", null, "Project Planning Director", "UNEP", "First statement.");
        Speaker wangAgain = new Speaker("WANG  Qian", null, "Director", "UNEP Beijing Office", "Said again.");
        Speaker qianWang = new Speaker("Qian Wang", null, null, null, "Name in the other order.");
        Speaker li = new Speaker("Li Nan", null, "Project Director", "WWF", "Another voice.");
        Item a = SampleItems.item(
                "a", "china-asean", SampleItems.FORUM_TITLE, SampleItems.FORUM_DATE, null, List.of(wang));
        Item b = SampleItems.item(
                "b",
                "china-asean",
                SampleItems.FORUM_TITLE.toUpperCase(),
                SampleItems.FORUM_DATE,
                null,
                List.of(wangAgain, li, qianWang));

        IssueEvent event = merger.merge(List.of(a, b)).get(0);

        assertThat(event.speakers()).containsExactly(wang, li);
    }

    @Test
    void theSameTitleOnAnotherDateIsAnotherEvent() {
        Item first = SampleItems.forumParts().get(1);
        Item nextYear = SampleItems.item(
                "later", "china-asean", SampleItems.FORUM_TITLE, LocalDate.of(2022, 9, 15), null, first.speakers());

        assertThat(merger.merge(List.of(first, nextYear))).hasSize(2);
    }

    @Test
    void interleavedNotesOfTwoEventsAreGroupedInOrderOfFirstArrival() {
        List<Item> forum = SampleItems.forumParts();
        Item lmec = SampleItems.lmecExperts();

        List<IssueEvent> events =
                merger.merge(List.of(forum.get(0), lmec, forum.get(1), SampleItems.lmecComments(), forum.get(2)));

        assertThat(events).extracting(IssueEvent::date).containsExactly(SampleItems.FORUM_DATE, SampleItems.LMEC_DATE);
        assertThat(events.get(0).itemIds())
                .containsExactly(
                        forum.get(0).id(), forum.get(1).id(), forum.get(2).id());
        assertThat(events.get(1).speakers()).hasSize(8);
    }

    @Test
    void theLeadOfALaterNoteIsUsedWhenTheFirstHasNone() {
        Item noLead = SampleItems.lmecComments();
        Item withLead = SampleItems.lmecExperts();

        assertThat(merger.merge(List.of(noLead, withLead)).get(0).lead()).isEqualTo(SampleItems.LMEC_LEAD);
    }
}
