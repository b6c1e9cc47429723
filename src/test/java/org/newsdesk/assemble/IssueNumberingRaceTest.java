package org.newsdesk.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.Database;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.testing.SampleItems;

/**
 * Two processes assembling the same publication at the same moment (a scheduled fire and an editor's
 * "publish now"), many times over: numbers stay 1..N without gaps or duplicates and every item lands in
 * exactly one issue.
 */
class IssueNumberingRaceTest {

    private static final int ROUNDS = 200;
    private static final int ITEMS_PER_THREAD_AND_ROUND = 2;

    @OnEveryStoreBackend
    void twoAssembliesRacingGiveNumbersOneToNWithoutGapsOrDuplicatesAndEveryItemInOneIssue(StoreBackend store)
            throws Exception {
        ItemStore items = new ItemStore(store.db());
        IssueStore issues = new IssueStore(store.db());
        // each thread is a process of its own: its own connection pool, stores and assembler
        Database secondProcess = store.openSecondPool();
        List<Database> processes = List.of(store.db(), secondProcess);
        List<IssueAssembler> assemblers =
                processes.stream().map(IssueNumberingRaceTest::assembler).toList();
        CyclicBarrier together = new CyclicBarrier(2);
        List<String> savedIds = Collections.synchronizedList(new ArrayList<>());
        List<Issue> made = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int p = 0; p < processes.size(); p++) {
                IssueAssembler assembler = assemblers.get(p);
                ItemStore processItems = new ItemStore(processes.get(p));
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await();
                        for (int i = 0; i < ITEMS_PER_THREAD_AND_ROUND; i++) {
                            var item = SampleItems.anyItem("lmec", "Round " + round);
                            processItems.save(item);
                            savedIds.add(item.id());
                        }
                        assembler.assembleNext("lmec").ifPresent(made::add);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
            secondProcess.close();
        }

        List<Issue> stored = issues.all("lmec");
        long lost = assemblers.stream().mapToLong(IssueAssembler::lostRaces).sum();
        System.out.printf(
                "%s: %d rounds, %d issues, %d assemblies retried after meeting the other%n",
                store.name(), ROUNDS, stored.size(), lost);
        // the assemblies did meet: without this the test would prove nothing about the race
        assertThat(lost).isPositive();
        int year = stored.get(0).year();
        assertThat(stored)
                .extracting(Issue::number)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, stored.size()).boxed().toList());
        assertThat(stored).allSatisfy(i -> assertThat(i.year()).isEqualTo(year));
        assertThat(made).extracting(Issue::number).doesNotHaveDuplicates().hasSameSizeAs(stored);
        assertThat(stored.size()).isGreaterThanOrEqualTo(ROUNDS);
        assertThat(savedIds).hasSize(2 * ROUNDS * ITEMS_PER_THREAD_AND_ROUND);

        Map<String, Integer> issuesPerItem = issuesPerItem(store);
        assertThat(issuesPerItem.keySet()).containsExactlyInAnyOrderElementsOf(savedIds);
        assertThat(issuesPerItem.values()).containsOnly(1);
        assertThat(stored.stream().flatMap(i -> i.itemIds().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(savedIds);
        assertThat(items.count("lmec", "pending")).isZero();
        assertThat(items.count("lmec", "published")).isEqualTo(savedIds.size());
    }

    private static IssueAssembler assembler(Database db) {
        return new IssueAssembler(
                db, new ItemStore(db), new IssueStore(db), IssueAssemblerTest.PROFILES, Clock.systemUTC());
    }

    private static Map<String, Integer> issuesPerItem(StoreBackend store) {
        return store.db().withConnection(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT item_id, COUNT(*) FROM issue_items GROUP BY item_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }
}
