package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsdesk.domain.Subscriber;

class SubscriberStoreTest {

    @OnEveryStoreBackend
    void anAddressIsKeptOncePerPublicationWhateverItsCase(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        assertThat(subscribers.add("lmec", "Reader.One@Example.org", "Reader One", "en"))
                .isTrue();
        assertThat(subscribers.add("lmec", "reader.one@example.org", "Reader One", "en"))
                .isFalse();
        assertThat(subscribers.add("china-asean", "reader.one@example.org", "Reader One", "en"))
                .isTrue();

        assertThat(subscribers.list("lmec")).extracting(Subscriber::address).containsExactly("reader.one@example.org");
    }

    @OnEveryStoreBackend
    void subscribersGetDistinctGeneratedIdsInOrder(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        subscribers.add("lmec", "a@example.org", null, null);
        subscribers.add("lmec", "王小明 <wang.xiaoming@example.com>".replaceAll(".*<|>", ""), "王小明", "zh");

        var list = subscribers.list("lmec");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).id()).isGreaterThan(list.get(0).id());
        assertThat(subscribers.find(list.get(1).id()))
                .get()
                .extracting(Subscriber::name)
                .isEqualTo("王小明");
    }

    @OnEveryStoreBackend
    void anUnsubscribeIsNotUndoneByAnotherImport(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        subscribers.add("lmec", "partner-ngo@example.net", null, "en");
        long id = subscribers
                .find("lmec", "partner-ngo@example.net")
                .orElseThrow()
                .id();
        subscribers.setStatus(id, "unsubscribed");

        subscribers.add("lmec", "PARTNER-NGO@example.net", null, "en");

        assertThat(subscribers.active("lmec")).isEmpty();
        assertThat(subscribers.find(id)).get().extracting(Subscriber::status).isEqualTo("unsubscribed");
    }
}
