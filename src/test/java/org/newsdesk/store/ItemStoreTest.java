package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;
import org.newsdesk.testing.SampleItems;

class ItemStoreTest {

    @OnEveryStoreBackend
    void aSavedItemComesBackEqualWithItsChineseAndLongTextIntact(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        Item item = SampleItems.lmecExperts().withWarnings(List.of());
        Item chinese = SampleItems.item(
                "zh-1", "lmec", "澜湄圆桌对话 " + "x".repeat(20_000), SampleItems.LMEC_DATE, "领导 lead", item.speakers());

        assertThat(items.save(item)).isEqualTo(ItemStore.Saved.PENDING);
        assertThat(items.save(chinese)).isEqualTo(ItemStore.Saved.PENDING);

        assertThat(items.find(item.id())).contains(item);
        assertThat(items.find("zh-1")).contains(chinese);
    }

    @OnEveryStoreBackend
    void theSameNoteSavedTwiceIsStoredOnce(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        assertThat(items.save(SampleItems.lmecExperts())).isEqualTo(ItemStore.Saved.PENDING);
        assertThat(items.save(SampleItems.lmecExperts())).isEqualTo(ItemStore.Saved.DUPLICATE);
        assertThat(items.count("lmec", "pending")).isEqualTo(1);
    }

    @OnEveryStoreBackend
    void anItemWithWarningsIsHeldAndNotPending(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        Item doubtful = SampleItems.lmecComments()
                .withWarnings(List.of(Warning.of("invalid-date", "date", "The date could not be read.")));
        Item unmatched = SampleItems.lmecExperts().withPublication(null);

        assertThat(items.save(doubtful)).isEqualTo(ItemStore.Saved.HELD);
        assertThat(items.save(unmatched)).isEqualTo(ItemStore.Saved.HELD);

        assertThat(items.withStatus("lmec", "pending")).isEmpty();
        assertThat(items.statusOf(doubtful.id())).contains("held");
        assertThat(items.count(null, "held")).isEqualTo(2);
    }

    @OnEveryStoreBackend
    void pendingItemsComeInArrivalOrder(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        List<Item> parts = SampleItems.forumParts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            // same received time for all: the id decides, and the ids follow note order
            items.save(parts.get(i));
        }
        assertThat(items.withStatus("china-asean", "pending"))
                .extracting(Item::id)
                .containsExactlyElementsOf(parts.stream().map(Item::id).toList());
    }

    @OnEveryStoreBackend
    void aHeldItemReleasedByAnEditorBecomesPendingOnce(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        Item doubtful = SampleItems.lmecComments()
                .withWarnings(
                        List.of(Warning.of("publication-guessed", "publication", "Publication guessed from content.")));
        items.save(doubtful);

        assertThat(items.changeStatus(doubtful.id(), "held", "pending")).isTrue();
        assertThat(items.changeStatus(doubtful.id(), "held", "pending")).isFalse();
        assertThat(items.statusOf(doubtful.id())).contains("pending");
    }
}
