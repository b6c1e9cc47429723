package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeliveryLedger.Delivery;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.SubscriberStore;

class DuePagesTest {

    private static DeliveryLedger ledgerWithSubscribers(StoreBackend store, int count) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        for (int i = 0; i < count; i++) {
            subscribers.add("lmec", "reader" + i + "@lmec.example", null, null);
        }
        Issue issue = new Issue("lmec-2026-1", "lmec", 2026, 1, "Issue 1, 2026", LocalDate.of(2026, 12, 2), List.of());
        store.db().inTransaction(c -> {
            new IssueStore(store.db()).insert(c, issue, null);
            return null;
        });
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        ledger.plan(issue.id(), "lmec");
        return ledger;
    }

    @OnEveryStoreBackend
    void walksEveryDueRowOnceInSubscriberOrderAcrossPages(StoreBackend store) {
        DeliveryLedger ledger = ledgerWithSubscribers(store, 7);
        List<Delivery> walked = new ArrayList<>();
        new DuePages(ledger, "lmec-2026-1", 3).forEachRemaining(walked::add);

        assertThat(walked).isEqualTo(ledger.due("lmec-2026-1", 100)).hasSize(7);
    }

    @OnEveryStoreBackend
    void skipsRowsAnotherSenderClaimedBeforeTheirPageWasRead(StoreBackend store) {
        DeliveryLedger ledger = ledgerWithSubscribers(store, 6);
        List<Delivery> all = ledger.due("lmec-2026-1", 100);
        DuePages pages = new DuePages(ledger, "lmec-2026-1", 3);
        List<Delivery> walked = new ArrayList<>(List.of(pages.next()));
        ledger.claim(all.get(4), "another sender");
        pages.forEachRemaining(walked::add);

        assertThat(walked).containsExactly(all.get(0), all.get(1), all.get(2), all.get(3), all.get(5));
    }

    @OnEveryStoreBackend
    void anIssueWithNothingDueHasNoRows(StoreBackend store) {
        DeliveryLedger ledger = ledgerWithSubscribers(store, 0);
        DuePages pages = new DuePages(ledger, "lmec-2026-1", 3);

        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    }
}
