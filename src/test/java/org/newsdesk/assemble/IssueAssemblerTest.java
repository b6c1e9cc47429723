package org.newsdesk.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.testing.SampleItems;
import org.newsdesk.testing.SettableClock;

class IssueAssemblerTest {

    static final PublicationProfiles PROFILES = PublicationProfiles.load(Path.of("config/publications"));

    // 9 April 2021, 10:00 in Beijing: the day LMEC Issue 6, 2021 went out
    private final SettableClock clock = new SettableClock(Instant.parse("2021-04-09T02:00:00Z"));

    private IssueAssembler assembler(StoreBackend store) {
        return new IssueAssembler(store.db(), new ItemStore(store.db()), new IssueStore(store.db()), PROFILES, clock);
    }

    @OnEveryStoreBackend
    void pendingItemsBecomeTheFirstIssueOfTheYearAndArePublished(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        items.save(SampleItems.lmecExperts());
        items.save(SampleItems.lmecComments());

        Issue issue = assembler(store).assembleNext("lmec").orElseThrow();

        assertThat(issue.label()).isEqualTo("Issue 1, 2021");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2021, 4, 9));
        assertThat(issue.events()).hasSize(1);
        assertThat(issue.events().get(0).speakers()).hasSize(8);
        assertThat(items.statusOf(SampleItems.lmecExperts().id())).contains("published");
        assertThat(items.statusOf(SampleItems.lmecComments().id())).contains("published");
        assertThat(new IssueStore(store.db()).find(issue.id())).contains(issue);
    }

    @OnEveryStoreBackend
    void noIssueIsMadeWhenNothingIsPendingAndNoNumberIsUsedUp(StoreBackend store) {
        IssueAssembler assembler = assembler(store);
        ItemStore items = new ItemStore(store.db());
        items.save(SampleItems.lmecExperts()
                .withWarnings(List.of(
                        Warning.of("unsupported-language", "speakers", "The statements are written in Chinese."))));

        assertThat(assembler.assembleNext("lmec")).isEmpty();
        assertThat(assembler.assembleNext("china-asean")).isEmpty();

        items.save(SampleItems.lmecComments());
        Issue issue = assembler.assembleNext("lmec").orElseThrow();
        assertThat(issue.number()).isEqualTo(1);
        assertThat(issue.itemIds()).containsExactly(SampleItems.lmecComments().id());
        assertThat(items.statusOf(SampleItems.lmecExperts().id())).contains("held");
    }

    @OnEveryStoreBackend
    void numbersFollowOnWithinAYearAndRestartOnTheFirstOfJanuary(StoreBackend store) {
        IssueAssembler assembler = assembler(store);
        ItemStore items = new ItemStore(store.db());
        clock.set(Instant.parse("2021-12-30T08:00:00Z"));
        items.save(SampleItems.anyItem("lmec", "One"));
        Issue one = assembler.assembleNext("lmec").orElseThrow();
        items.save(SampleItems.anyItem("lmec", "Two"));
        Issue two = assembler.assembleNext("lmec").orElseThrow();
        // 31 Dec 2021 17:00 UTC is already 1 Jan 2022 in Beijing, the profile's time zone
        clock.set(Instant.parse("2021-12-31T17:00:00Z"));
        items.save(SampleItems.anyItem("lmec", "Three"));
        Issue three = assembler.assembleNext("lmec").orElseThrow();

        assertThat(List.of(one.label(), two.label(), three.label()))
                .containsExactly("Issue 1, 2021", "Issue 2, 2021", "Issue 1, 2022");
        assertThat(three.date()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(new IssueStore(store.db()).all("lmec")).containsExactly(one, two, three);
    }

    @OnEveryStoreBackend
    void aScheduledFireMakesAtMostOneIssue(StoreBackend store) {
        IssueAssembler assembler = assembler(store);
        ItemStore items = new ItemStore(store.db());
        items.save(SampleItems.anyItem("lmec", "One"));
        assertThat(assembler.assembleNext("lmec", "lmec@2021-04-09T01:00:00Z")).isPresent();

        items.save(SampleItems.anyItem("lmec", "Two"));
        assertThat(assembler.assembleNext("lmec", "lmec@2021-04-09T01:00:00Z")).isEmpty();
        assertThat(assembler.assembleNext("lmec", "lmec@2021-04-16T01:00:00Z"))
                .get()
                .extracting(Issue::number)
                .isEqualTo(2);
    }

    @OnEveryStoreBackend
    void aPreviewTakesNoNumberAndChangesNoItem(StoreBackend store) {
        IssueAssembler assembler = assembler(store);
        ItemStore items = new ItemStore(store.db());
        items.save(SampleItems.lmecExperts());
        items.save(SampleItems.lmecComments());

        Optional<Issue> preview = assembler.preview("lmec");
        Optional<Issue> again = assembler.preview("lmec");

        assertThat(preview).isPresent();
        assertThat(preview.get().preview()).isTrue();
        assertThat(preview.get().label()).isEqualTo("PREVIEW of Issue 1, 2021");
        assertThat(preview.get().events().get(0).speakers()).hasSize(8);
        assertThat(again).isEqualTo(preview);
        assertThat(new IssueStore(store.db()).all("lmec")).isEmpty();
        assertThat(items.withStatus("lmec", "pending"))
                .extracting(Item::id)
                .containsExactly(
                        SampleItems.lmecExperts().id(),
                        SampleItems.lmecComments().id());
        assertThat(assembler.assembleNext("lmec"))
                .get()
                .extracting(Issue::number)
                .isEqualTo(1);
    }

    @OnEveryStoreBackend
    void aPreviewOfNothingPendingIsEmpty(StoreBackend store) {
        assertThat(assembler(store).preview("lmec")).isEmpty();
    }
}
