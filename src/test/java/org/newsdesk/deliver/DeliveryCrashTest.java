package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.SubscriberStore;

/**
 * kill -9 in the middle of a send to 2 000 subscribers: the restarted service finishes by itself,
 * nobody is lost, and the only mails that can arrive twice are the few in flight at the kill, which
 * are sent once more and marked uncertain in the ledger.
 */
class DeliveryCrashTest {

    static final int SUBSCRIBERS = 2_000;
    static final int CONCURRENCY = 4;

    @TempDir
    Path work;

    Process start(String mode, SmtpPeer peer) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dnewsdesk.project=" + DeliveryWorld.PROJECT,
                "-cp",
                System.getProperty("java.class.path"),
                CrashableSender.class.getName(),
                mode,
                work.toString(),
                Integer.toString(peer.port()),
                Integer.toString(CONCURRENCY),
                Integer.toString(SUBSCRIBERS)));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve("sender-" + mode + ".log").toFile()))
                .start();
    }

    static void finish(Process p, String what) throws InterruptedException {
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(what + " finished").isTrue();
        assertThat(p.exitValue()).as(what + " exit code").isZero();
    }

    @Test
    void aSenderKilledMidSendResumesOnRestartLosingNobodyAndDuplicatingOnlyUncertainMails() throws Exception {
        long seed = System.nanoTime();
        int killAt = 100 + new Random(seed).nextInt(SUBSCRIBERS - 300);
        System.out.println("crash test: seed " + seed + ", kill after " + killAt + " mails received");
        try (SmtpPeer peer = new SmtpPeer()) {
            Process first = start("first", peer);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (peer.receivedTotal() < killAt) {
                assertThat(first.isAlive())
                        .as("the first sender is still sending")
                        .isTrue();
                assertThat(System.nanoTime()).as("mails arrive").isLessThan(deadline);
                Thread.onSpinWait();
            }
            first.destroyForcibly().waitFor();
            int atKill = peer.receivedTotal();
            System.out.println("crash test: killed with " + atKill + " mails received");
            assertThat(atKill).isLessThan(SUBSCRIBERS);

            finish(start("resume", peer), "the restarted sender");
            Map<String, Integer> received = peer.receivedByRecipient();
            Set<String> uncertain = addressesIn("uncertain");
            Set<String> duplicated = received.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            System.out.println("crash test: after restart " + peer.receivedTotal() + " mails, uncertain " + uncertain
                    + ", duplicates " + duplicated);
            assertThat(received.keySet()).as("0 missing").containsExactlyInAnyOrderElementsOf(allAddresses());
            assertThat(received.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
            assertThat(duplicated.size()).as("duplicates").isLessThanOrEqualTo(CONCURRENCY);
            assertThat(uncertain).as("every duplicate is marked uncertain").containsAll(duplicated);
            assertThat(uncertain.size()).isLessThanOrEqualTo(CONCURRENCY);
            assertThat(counts())
                    .containsEntry("pending", 0)
                    .containsEntry("sending", 0)
                    .containsEntry("failed", 0)
                    .containsEntry("sent", SUBSCRIBERS - uncertain.size());

            // the in-flight mails had their second chance: "resend" never mails them a third time
            int before = peer.receivedTotal();
            finish(start("resend", peer), "resend to those not reached");
            assertThat(peer.receivedTotal()).as("nothing left to resend").isEqualTo(before);
        }
    }

    List<String> allAddresses() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            list.add("reader" + i + "@example.org");
        }
        return list;
    }

    Set<String> addressesIn(String status) {
        try (Database db = Database.embedded(work.resolve("data"))) {
            SubscriberStore subscribers = new SubscriberStore(db);
            return new DeliveryLedger(db)
                    .subscribersIn(CrashableSender.ISSUE, status).stream()
                            .map(id -> subscribers.find(id).orElseThrow().address())
                            .collect(Collectors.toSet());
        }
    }

    Map<String, Integer> counts() {
        try (Database db = Database.embedded(work.resolve("data"))) {
            return new DeliveryLedger(db).counts(CrashableSender.ISSUE);
        }
    }
}
