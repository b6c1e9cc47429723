package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeliveryLedger.Claimed;
import org.newsdesk.store.DeliveryLedger.Delivery;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.SubscriberStore;

class DeliveryLedgerTest {

    @TempDir
    Path dir;

    Database db;
    DeliveryLedger ledger;
    SubscriberStore subscribers;
    long alice;
    long bob;

    /** The database the ledger runs on: the embedded H2 file database here. */
    Database newDatabase() {
        return Database.embedded(dir);
    }

    @BeforeEach
    void open() {
        db = newDatabase();
        ledger = new DeliveryLedger(db);
        subscribers = new SubscriberStore(db);
        subscribers.add("lmec", "alice@example.org", "Alice", "en");
        subscribers.add("lmec", "bob@example.org", "Bob", "en");
        alice = subscribers.find("lmec", "alice@example.org").orElseThrow().id();
        bob = subscribers.find("lmec", "bob@example.org").orElseThrow().id();
        db.inTransaction(c -> {
            new IssueStore(db)
                    .insert(
                            c,
                            new Issue(
                                    "lmec-2021-6",
                                    "lmec",
                                    2021,
                                    6,
                                    "Issue 6, 2021",
                                    LocalDate.of(2021, 4, 9),
                                    List.of()),
                            null);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void planningTwiceAddsEachSubscriberOnce() {
        assertThat(ledger.plan("lmec-2021-6", "lmec")).isEqualTo(2);
        assertThat(ledger.plan("lmec-2021-6", "lmec")).isZero();
        assertThat(ledger.due("lmec-2021-6", 10))
                .containsExactly(new Delivery("lmec-2021-6", alice), new Delivery("lmec-2021-6", bob));
    }

    @Test
    void aSubscriberWhoJoinedAfterThePlanIsAddedByTheNextPlanAlone() {
        assertThat(ledger.plan("lmec-2021-6", "lmec")).isEqualTo(2);
        subscribers.add("lmec", "late@example.org", "Late", "en");
        long late = subscribers.find("lmec", "late@example.org").orElseThrow().id();
        assertThat(ledger.plan("lmec-2021-6", "lmec")).isEqualTo(1);
        assertThat(ledger.due("lmec-2021-6", 10))
                .extracting(Delivery::subscriberId)
                .containsExactly(alice, bob, late);
    }

    @Test
    void onlyOneSenderCanClaimARow() {
        ledger.plan("lmec-2021-6", "lmec");
        Delivery d = new Delivery("lmec-2021-6", alice);
        assertThat(ledger.claim(d, "a")).isTrue();
        assertThat(ledger.claim(d, "b")).isFalse();
        ledger.markSent(d, "<id@x>", "250 ok");
        assertThat(ledger.claim(d, "b")).isFalse();
        assertThat(ledger.counts("lmec-2021-6")).containsEntry("sent", 1).containsEntry("pending", 1);
    }

    @Test
    void aTemporaryRefusalWaitsUntilItsTimeAndKeepsTheReply() {
        ledger.plan("lmec-2021-6", "lmec");
        Delivery d = new Delivery("lmec-2021-6", alice);
        ledger.claim(d, "a");
        ledger.retryLater(d, "451 4.7.1 slow down", Instant.now().plusSeconds(60));
        assertThat(ledger.due("lmec-2021-6", 10)).containsExactly(new Delivery("lmec-2021-6", bob));
        assertThat(ledger.row("lmec-2021-6", alice).orElseThrow())
                .isEqualTo(new DeliveryLedger.Row("pending", "451 4.7.1 slow down", 1));
        ledger.retryLater(d, "ignored", Instant.now());
        assertThat(ledger.row("lmec-2021-6", alice).orElseThrow().lastReply())
                .as("only a row in sending is put back")
                .isEqualTo("451 4.7.1 slow down");
    }

    @Test
    void aRowLeftInFlightBecomesUncertainOnlyForItsOwnClaimerAndIsNotDueAgain() {
        ledger.plan("lmec-2021-6", "lmec");
        Delivery d = new Delivery("lmec-2021-6", alice);
        ledger.claim(d, "dead-sender");
        List<Claimed> inFlight = ledger.inFlight();
        assertThat(inFlight).hasSize(1);
        assertThat(ledger.markUncertain(new Claimed(d, "someone-else", Instant.now())))
                .isFalse();
        assertThat(ledger.markUncertain(inFlight.get(0))).isTrue();
        assertThat(ledger.row("lmec-2021-6", alice).orElseThrow().status()).isEqualTo("uncertain");
        assertThat(ledger.due("lmec-2021-6", 10)).containsExactly(new Delivery("lmec-2021-6", bob));
        assertThat(ledger.issuesWithDueRows()).containsExactly("lmec-2021-6");
    }

    @Test
    void resendMakesFailedAndUncertainRowsOfActiveSubscribersDueButLeavesSentAndUnsubscribed() {
        ledger.plan("lmec-2021-6", "lmec");
        Delivery a = new Delivery("lmec-2021-6", alice);
        Delivery b = new Delivery("lmec-2021-6", bob);
        ledger.claim(a, "x");
        ledger.markFailed(a, "550 no such user");
        ledger.claim(b, "dead");
        ledger.markUncertain(ledger.inFlight().get(0));
        assertThat(ledger.due("lmec-2021-6", 10)).isEmpty();
        assertThat(ledger.resend("lmec-2021-6")).isEqualTo(2);
        assertThat(ledger.due("lmec-2021-6", 10)).containsExactly(a, b);
        ledger.claim(a, "x");
        ledger.markSent(a, "<m>", "250");
        subscribers.setStatus(bob, "unsubscribed");
        ledger.claim(b, "x");
        ledger.markFailed(b, "not sent: unsubscribed");
        assertThat(ledger.resend("lmec-2021-6")).isZero();
    }

    @Test
    void anIssueWithoutRowsIsUnplannedAndIsPlannedOnlyForThoseSubscribedWhenItWasMade() throws Exception {
        Instant now = Instant.now();
        List<DeliveryLedger.Unplanned> unplanned = ledger.unplanned(now.minusSeconds(3600), now.plusSeconds(1));
        assertThat(unplanned).extracting(DeliveryLedger.Unplanned::issueId).containsExactly("lmec-2021-6");
        assertThat(ledger.unplanned(now.minusSeconds(3600), now.minusSeconds(600)))
                .as("too recent: maybe still being made")
                .isEmpty();
        Thread.sleep(20);
        subscribers.add("lmec", "late@example.org", "Late", "en");
        assertThat(ledger.planAsOf(unplanned.get(0))).isEqualTo(2);
        assertThat(ledger.unplanned(now.minusSeconds(3600), now.plusSeconds(1))).isEmpty();
    }

    @Test
    void aDeferredRowIsNotDueUntilItsTimeAndCostsNoAttempt() {
        ledger.plan("lmec-2021-6", "lmec");
        ledger.defer(new Delivery("lmec-2021-6", alice), Instant.now().plusSeconds(30));
        assertThat(ledger.due("lmec-2021-6", 10)).containsExactly(new Delivery("lmec-2021-6", bob));
        assertThat(ledger.row("lmec-2021-6", alice).orElseThrow().attempts()).isZero();
    }
}
