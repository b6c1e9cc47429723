package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ops.InstanceCluster.Instance;

/**
 * Three {@code newsdesk run} processes on one PostgreSQL publish an issue on schedule to a large list
 * while officers file and mail notes. The sender and later the intake's leader are killed (or
 * stopped): the schedule fired once, every reader got the issue, a mail arrived twice only if it was
 * in flight in a killed sender (and the ledger says so), every note made one item, and the intake
 * moved to a survivor within the lease.
 */
class ThreeInstancesTest {

    private static final int SUBSCRIBERS = Integer.getInteger("newsdesk.test.cluster-subscribers", 20_000);
    private static final Duration LEAD = Duration.ofSeconds(60);
    private static final Duration LEASE = Duration.ofSeconds(6);
    /** Each instance's delivery.concurrency: at most this many of its mails are in flight when it dies. */
    private static final int CONCURRENCY = 4;

    @TempDir
    Path work;

    @Test
    void killedInstancesLoseNoMailAndNoNote() throws Exception {
        run(i -> i.process().destroyForcibly(), true);
    }

    @Test
    void anInstanceStoppedGracefullySendsNoMailTwice() throws Exception {
        run(i -> i.process().destroy(), false);
    }

    private void run(Consumer<Instance> end, boolean killed) throws Exception {
        try (InstanceCluster cluster = new InstanceCluster(work, LEAD, LEASE)) {
            try {
                scenario(cluster, end, killed);
            } catch (Exception | AssertionError e) {
                cluster.report();
                throw e;
            }
        }
    }

    private static void scenario(InstanceCluster cluster, Consumer<Instance> end, boolean killed) throws Exception {
        cluster.seed(SUBSCRIBERS);
        for (int i = 0; i < 3; i++) {
            cluster.start();
        }
        cluster.awaitHealthy(LEAD.minusSeconds(10));
        assertThat(Instant.now()).as("three instances healthy before the fire").isBefore(cluster.fire.toInstant());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> cluster.leaderOf("intake-folder").isPresent());
        assertFollowersNameTheLeader(cluster);

        // the fire: one instance makes the issue and starts sending; the others join the send
        await().atMost(LEAD.plusSeconds(60)).until(() -> cluster.count("SELECT COUNT(*) FROM issues") == 1);
        String issue = "china-asean-" + cluster.fire.getYear() + "-1";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !cluster.logLines("Publication china-asean: " + issue + " made")
                        .isEmpty());
        Instance maker = makerOf(cluster, issue);
        cluster.officersStart(Duration.ofMillis(400));

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sent(cluster, issue) >= SUBSCRIBERS / 5);
        List<String> figures = new ArrayList<>();
        int inFlight = 0;
        inFlight += end(cluster, maker, end, issue, figures, "the sender that made the issue");

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sent(cluster, issue) >= SUBSCRIBERS / 2);
        Instance intakeLeader = cluster.leaderOf("intake-folder").orElseThrow();
        inFlight += end(cluster, intakeLeader, end, issue, figures, "the intake's leader");

        // everyone reached; the survivor marked what died in flight and sent it again
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> cluster.count(
                                "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status IN ('pending', 'sending')",
                                issue)
                        == 0);
        int notes = cluster.officersStop();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(cluster.inboxFiles())
                            .as("files left in the inbox")
                            .isZero();
                    assertThat(cluster.mailboxWaiting()).as("mails left unread").isZero();
                    assertThat(cluster.count("SELECT COUNT(*) FROM items WHERE id <> 'itm-waiting'"))
                            .as("items of the " + notes + " notes")
                            .isGreaterThanOrEqualTo(notes);
                });

        Map<String, Integer> received = cluster.smtp.receivedByRecipient();
        List<String> twice = received.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        int uncertain =
                cluster.count("SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status = 'uncertain'", issue);
        figures.add("subscribers " + SUBSCRIBERS + ", received " + received.size() + ", twice " + twice.size()
                + ", uncertain " + uncertain + ", in flight at the ends " + inFlight);
        figures.add("notes " + notes + " (" + cluster.filedNotes() + " filed, " + cluster.mailedNotes()
                + " mailed), items " + cluster.count("SELECT COUNT(*) FROM items WHERE id <> 'itm-waiting'")
                + ", read again after an end "
                + cluster.logLines("already stored; not added again").size());
        figures.forEach(f -> System.out.println("three instances: " + f));

        assertThat(cluster.count("SELECT COUNT(*) FROM issues"))
                .as("issues made")
                .isEqualTo(1);
        assertThat(cluster.logLines(" made with "))
                .as("publish lines of all instances")
                .hasSize(1);
        assertThat(received).as("readers reached").hasSize(SUBSCRIBERS);
        assertThat(cluster.count(
                        "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status IN ('sent', 'uncertain')",
                        issue))
                .isEqualTo(SUBSCRIBERS);
        if (killed) {
            assertThat(twice.size()).as("mails that arrived twice").isLessThanOrEqualTo(inFlight);
            assertThat(uncertain).as("uncertain rows").isLessThanOrEqualTo(2 * CONCURRENCY);
            for (String address : twice) {
                int subscriber = cluster.count(
                        "SELECT id FROM subscribers WHERE publication = 'china-asean' AND address = ?", address);
                assertThat(cluster.count(
                                "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND subscriber_id = ?"
                                        + " AND status = 'uncertain'",
                                issue,
                                (long) subscriber))
                        .as("the ledger marks " + address + ", which arrived twice, uncertain")
                        .isEqualTo(1);
            }
        } else {
            assertThat(twice).as("mails that arrived twice").isEmpty();
            assertThat(uncertain).as("uncertain rows").isZero();
        }
        // every note made exactly one item, and none was refused
        assertThat(cluster.count("SELECT COUNT(*) FROM items WHERE id <> 'itm-waiting'"))
                .isEqualTo(notes);
        assertThat(cluster.count("SELECT COUNT(DISTINCT title) FROM items WHERE id <> 'itm-waiting'"))
                .isEqualTo(notes);
        assertThat(cluster.failedFiles()).isZero();
        assertThat(cluster.processedFiles()).isEqualTo(cluster.filedNotes());
    }

    /** Ends {@code instance} and measures how long the routes it led were without a leader. */
    private static int end(
            InstanceCluster cluster,
            Instance instance,
            Consumer<Instance> end,
            String issue,
            List<String> figures,
            String which)
            throws Exception {
        List<String> led = new ArrayList<>();
        for (String route : List.of("intake-folder", "intake-mailbox")) {
            if (cluster.leaderOf(route).map(l -> l.pid() == instance.pid()).orElse(false)) {
                led.add(route);
            }
        }
        Instant ended = Instant.now();
        end.accept(instance);
        instance.process().waitFor();
        int inFlight = cluster.count(
                "SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status IN ('sending', 'uncertain')"
                        + " AND claimed_by LIKE ?",
                issue,
                "%/" + instance.pid() + "/%");
        StringBuilder figure = new StringBuilder(which + " (instance " + instance.number() + ") ended at "
                + sent(cluster, issue) + " sent, " + inFlight + " of its mails in flight");
        for (String route : led) {
            await().atMost(cluster.lease.multipliedBy(3))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> cluster.leaderOf(route).isPresent());
            Duration without = Duration.between(ended, Instant.now());
            figure.append("; ")
                    .append(route)
                    .append(" led again by instance ")
                    .append(cluster.leaderOf(route).orElseThrow().number())
                    .append(" after ")
                    .append(without.toMillis())
                    .append(" ms");
            // the lease, one lock interval for the survivor to look, and the one-second beat that tells the store
            assertThat(without)
                    .as(route + " without a leader")
                    .isLessThanOrEqualTo(
                            cluster.lease.plus(cluster.lease.dividedBy(5)).plusSeconds(2));
        }
        figures.add(figure.toString());
        return inFlight;
    }

    private static Instance makerOf(InstanceCluster cluster, String issue) throws Exception {
        for (Instance i : cluster.instances()) {
            if (java.nio.file.Files.readString(i.log()).contains(issue + " made")) {
                return i;
            }
        }
        throw new AssertionError("no instance made " + issue);
    }

    private static int sent(InstanceCluster cluster, String issue) throws Exception {
        return cluster.count("SELECT COUNT(*) FROM deliveries WHERE issue_id = ? AND status = 'sent'", issue);
    }

    /** Every instance's health names it, and the followers name the leader of the folder intake. */
    private static void assertFollowersNameTheLeader(InstanceCluster cluster) throws Exception {
        Instance leader = cluster.leaderOf("intake-folder").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (Instance i : cluster.alive()) {
                String health = cluster.health(i).orElseThrow().body().replace("\\/", "/");
                assertThat(health).contains("\"name\":\"instance\"");
                assertThat(health).contains(i.pid() + "@");
                assertThat(health).contains("intake-folder led by " + leader.pid() + "@");
            }
        });
    }
}
