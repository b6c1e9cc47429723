package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.DeliveryLedger.Delivery;

class DeliveryLedgerTest {

    private static Issue issueIn(StoreBackend store) {
        Issue issue = new Issue(
                "lmec-2021-6", "lmec", 2021, 6, "Issue 6, 2021", java.time.LocalDate.of(2021, 4, 9), List.of());
        store.db().inTransaction(c -> {
            new IssueStore(store.db()).insert(c, issue, null);
            return null;
        });
        return issue;
    }

    @OnEveryStoreBackend
    void planningTwiceAddsEachActiveSubscriberOnce(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        subscribers.add("lmec", "a@example.org", null, null);
        subscribers.add("lmec", "b@example.org", null, null);
        subscribers.add("lmec", "gone@example.org", null, null);
        subscribers.setStatus(
                subscribers.find("lmec", "gone@example.org").orElseThrow().id(), "unsubscribed");
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        Issue issue = issueIn(store);

        assertThat(ledger.plan(issue.id(), "lmec")).isEqualTo(2);
        assertThat(ledger.plan(issue.id(), "lmec")).isZero();
        assertThat(ledger.counts(issue.id())).containsEntry("pending", 2);
    }

    @OnEveryStoreBackend
    void onlyOneClaimerWinsADelivery(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        subscribers.add("lmec", "a@example.org", null, null);
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        Issue issue = issueIn(store);
        ledger.plan(issue.id(), "lmec");
        Delivery d = ledger.due(issue.id(), 10).get(0);

        assertThat(ledger.claim(d, "one")).isTrue();
        assertThat(ledger.claim(d, "two")).isFalse();
        ledger.markSent(d, "<m@x>", "250 ok");
        assertThat(ledger.counts(issue.id())).containsEntry("sent", 1).containsEntry("pending", 0);
        assertThat(ledger.issuesWithDueRows()).isEmpty();
    }

    @OnEveryStoreBackend
    void aTemporaryRefusalWaitsUntilItsTimeAndACrashLeavesTheSendUncertain(StoreBackend store) {
        SubscriberStore subscribers = new SubscriberStore(store.db());
        subscribers.add("lmec", "a@example.org", null, null);
        subscribers.add("lmec", "b@example.org", null, null);
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        Issue issue = issueIn(store);
        ledger.plan(issue.id(), "lmec");
        List<Delivery> due = ledger.due(issue.id(), 10);
        ledger.claim(due.get(0), "one");
        ledger.retryLater(due.get(0), "451 try later\r\n", Instant.now().plusSeconds(3600));
        ledger.claim(due.get(1), "one");

        assertThat(ledger.due(issue.id(), 10)).isEmpty();
        assertThat(ledger.issuesWithDueRows()).isEmpty();
        List<DeliveryLedger.Claimed> inFlight = ledger.inFlight();
        assertThat(inFlight).hasSize(1);
        assertThat(ledger.markUncertain(inFlight.get(0))).isTrue();
        assertThat(ledger.counts(issue.id()))
                .isEqualTo(Map.of("pending", 1, "sending", 0, "sent", 0, "failed", 0, "uncertain", 1));
    }

    @OnEveryStoreBackend
    void aMailInFlightAtACrashIsSentOnceMoreAndStaysUncertainButNeverAThirdTime(StoreBackend store) {
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        Delivery d = oneMailInFlightWhenItsSenderDied(store, ledger);

        assertThat(ledger.sendAgain(d)).isTrue();
        assertThat(ledger.sendAgain(d)).as("queued once").isFalse();
        assertThat(ledger.claim(d, "new-sender")).isTrue();
        ledger.markSent(d, "<m@x>", "250 ok");
        assertThat(ledger.counts(d.issueId())).containsEntry("uncertain", 1).containsEntry("sent", 0);

        assertThat(ledger.resend(d.issueId()))
                .as("resend leaves a mail that had its second chance")
                .isZero();
        assertThat(ledger.due(d.issueId(), 10)).isEmpty();
    }

    @OnEveryStoreBackend
    void resendSendsAnUncertainMailOnceAndKeepsItUncertain(StoreBackend store) {
        DeliveryLedger ledger = new DeliveryLedger(store.db());
        Delivery d = oneMailInFlightWhenItsSenderDied(store, ledger);

        assertThat(ledger.resend(d.issueId())).isEqualTo(1);
        assertThat(ledger.claim(d, "new-sender")).isTrue();
        ledger.markSent(d, "<m@x>", "250 ok");
        assertThat(ledger.counts(d.issueId())).containsEntry("uncertain", 1);
        assertThat(ledger.resend(d.issueId())).isZero();
    }

    /** One subscriber, one issue, its mail claimed by a sender that then died: the row is uncertain. */
    private Delivery oneMailInFlightWhenItsSenderDied(StoreBackend store, DeliveryLedger ledger) {
        new SubscriberStore(store.db()).add("lmec", "a@example.org", null, null);
        Issue issue = issueIn(store);
        ledger.plan(issue.id(), "lmec");
        Delivery d = ledger.due(issue.id(), 10).get(0);
        ledger.claim(d, "dead-sender");
        assertThat(ledger.markUncertain(ledger.inFlight().get(0))).isTrue();
        return d;
    }
}
