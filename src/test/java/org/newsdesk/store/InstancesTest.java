package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

class InstancesTest {

    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

    @OnEveryStoreBackend
    void aBeatAddsTheInstanceOnceAndKeepsWhatItLeadsNow(StoreBackend store) {
        Instances instances = new Instances(store.db());

        instances.beat("host-a/101/1000", START, START.plusSeconds(1), List.of("intake-folder", "intake-mailbox"));
        instances.beat("host-a/101/1000", START, START.plusSeconds(6), List.of("intake-mailbox"));
        instances.beat("host-b/202/2000", START.plusSeconds(2), START.plusSeconds(5), List.of());

        List<Instances.Seen> seen = instances.seenSince(START);
        assertThat(seen).extracting(Instances.Seen::name).containsExactly("101@host-a", "202@host-b");
        assertThat(seen.get(0).leads()).containsExactly("intake-mailbox");
        assertThat(seen.get(0).seenAt()).isEqualTo(START.plusSeconds(6));
        assertThat(seen.get(1).leads()).isEmpty();
    }

    @OnEveryStoreBackend
    void anInstanceThatStoppedOrWentSilentIsNoLongerRunning(StoreBackend store) {
        Instances instances = new Instances(store.db());
        instances.beat("host-a/101/1000", START, START.plusSeconds(1), List.of());
        instances.beat("host-b/202/2000", START, START.plusSeconds(30), List.of());
        instances.beat("host-c/303/3000", START, START.plusSeconds(30), List.of());

        instances.leave("host-c/303/3000");

        assertThat(instances.seenSince(START.plusSeconds(20)))
                .extracting(Instances.Seen::name)
                .containsExactly("202@host-b");
        assertThat(instances.forgetBefore(START.plusSeconds(20))).isEqualTo(1);
        assertThat(instances.seenSince(START)).extracting(Instances.Seen::name).containsExactly("202@host-b");
    }

    @OnEveryStoreBackend
    void aMessageIdSeenThroughOneConnectionIsSeenThroughAnother(StoreBackend store) throws Exception {
        JdbcMessageIdRepository first = new JdbcMessageIdRepository(store.db().dataSource(), "intake-mailbox");
        JdbcMessageIdRepository second = new JdbcMessageIdRepository(store.db().dataSource(), "intake-mailbox");
        JdbcMessageIdRepository bounces = new JdbcMessageIdRepository(store.db().dataSource(), "bounces");
        for (JdbcMessageIdRepository r : List.of(first, second, bounces)) {
            r.setCreateTableIfNotExists(false);
            r.start();
        }
        String id = "<" + "x".repeat(300) + "@mail.example.org>";

        assertThat(first.add(id)).isTrue();
        assertThat(second.contains(id)).isTrue();
        assertThat(second.add(id)).isFalse();
        assertThat(bounces.contains(id))
                .as("another processor's ids are its own")
                .isFalse();
    }
}
