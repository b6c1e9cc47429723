package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.StatusCommand;
import org.newsdesk.deliver.SenderId;
import org.newsdesk.store.Database;
import org.newsdesk.store.Instances;

/** Two members on one cluster folder and one store: one runs the master: route, the other takes over. */
class ClusterMembershipTest {

    @TempDir
    Path dir;

    @Test
    void oneMemberRunsASingleActiveRouteAndTheOtherTakesItOverWhenItStops() throws Exception {
        try (Database db = Database.embedded(dir.resolve("data"))) {
            Instances instances = new Instances(db);
            AtomicInteger ticksA = new AtomicInteger();
            AtomicInteger ticksB = new AtomicInteger();
            ClusterMembership a = member(instances, "host-a", 101);
            ClusterMembership b = member(instances, "host-b", 202);
            CamelContext first = context(a, ticksA);
            CamelContext second = context(b, ticksB);
            try {
                first.start();
                await().atMost(Duration.ofSeconds(10)).until(() -> a.leads().contains("ticks"));
                await().atMost(Duration.ofSeconds(10)).until(() -> ticksA.get() > 0);
                second.start();
                Thread.sleep(1500); // three lock intervals: b looks and finds the lock held
                assertThat(b.leads()).isEmpty();
                int bBefore = ticksB.get();
                assertThat(bBefore).as("the follower's route does not run").isZero();

                a.beat();
                b.beat();
                assertThat(b.leaders()).containsEntry("ticks", "101@host-a");
                assertThat(b.running()).extracting(Instances.Seen::name).containsExactly("101@host-a", "202@host-b");

                first.stop();
                await().atMost(Duration.ofSeconds(10)).until(() -> b.leads().contains("ticks"));
                await().atMost(Duration.ofSeconds(5)).until(() -> ticksB.get() > 0);
                b.beat();
                assertThat(b.running())
                        .as("a stopped member leaves the store")
                        .extracting(Instances.Seen::name)
                        .containsExactly("202@host-b");
                assertThat(b.leaders()).containsEntry("ticks", "202@host-b");
                List<String> status =
                        StatusCommand.instanceLines(new EditorControls.RunningInstances(b.running(), b.leaders()));
                assertThat(status.get(0)).isEqualTo("instances:  1 running on this store");
                assertThat(status.get(1)).startsWith("  202@host-b  since ").endsWith(", leads ticks");
            } finally {
                second.stop();
                first.stop();
            }
        }
    }

    private ClusterMembership member(Instances instances, String host, long pid) {
        return new ClusterMembership(
                instances,
                new SenderId(host, pid, 1_000L * pid),
                dir.resolve("cluster"),
                Duration.ofMillis(2500),
                Duration.ofMillis(500),
                Clock.systemUTC());
    }

    private static CamelContext context(ClusterMembership member, AtomicInteger ticks) throws Exception {
        CamelContext context = new DefaultCamelContext();
        member.joinTo(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:ticks:timer:ticks?delay=0&period=50")
                        .routeId("ticks")
                        .process(e -> ticks.incrementAndGet());
            }
        });
        return context;
    }
}
