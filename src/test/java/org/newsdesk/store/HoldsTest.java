package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

class HoldsTest {

    @OnEveryStoreBackend
    void aHoldIsSharedThroughTheStoreAndReleasedOnce(StoreBackend store) {
        Holds editor = new Holds(store.db());
        Holds otherProcess = new Holds(store.db());

        editor.hold("lmec");
        editor.hold("lmec");

        assertThat(otherProcess.held("lmec")).isTrue();
        assertThat(otherProcess.held("china-asean")).isFalse();
        otherProcess.release("lmec");
        assertThat(editor.held("lmec")).isFalse();
    }
}
