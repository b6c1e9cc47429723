package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.Database;
import org.newsdesk.store.DeskSessionStore;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.SignInFailures;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.testing.SettableClock;

/**
 * Two newsdesk processes behind one proxy, each with its own connection pool on the one store: a
 * browser's requests may reach either, and both must know its session, its flash and its failures.
 */
class SessionsAcrossInstancesTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));

    @OnEveryStoreBackend
    void aSessionMadeThroughOneInstanceIsAcceptedAndEndedByTheOther(StoreBackend store) {
        new Accounts(store.db()).add("mei", "editor", "$argon2id$x", "mei@example.org");
        try (Database second = store.openSecondPool()) {
            Sessions a = sessions(store.db());
            Sessions b = sessions(second);
            DeskSession made = a.signIn("mei", "editor", "mei@example.org");

            DeskSession found = b.find(made.id()).orElseThrow();
            assertThat(found.account()).isEqualTo("mei");
            assertThat(found.role()).isEqualTo("editor");
            assertThat(found.email()).isEqualTo("mei@example.org");
            assertThat(Sessions.csrfMatches(found, made.csrf())).isTrue();

            // used through the second only, it stays alive for the first
            clock.advance(Duration.ofHours(6));
            assertThat(b.find(made.id())).isPresent();
            clock.advance(Duration.ofHours(6));
            assertThat(a.find(made.id())).isPresent();

            b.end(made.id());
            assertThat(a.find(made.id())).isEmpty();
        }
    }

    @OnEveryStoreBackend
    void aFlashLeftThroughOneInstanceIsShownOnceByEither(StoreBackend store) throws Exception {
        new Accounts(store.db()).add("mei", "editor", "$argon2id$x", null);
        try (Database second = store.openSecondPool()) {
            Sessions a = sessions(store.db());
            Sessions b = sessions(second);
            DeskSession session = a.signIn("mei", "editor", null);
            a.flash(session, "Released \"Roundtable\".");
            assertThat(b.takeFlash(session)).isEqualTo("Released \"Roundtable\".");
            assertThat(a.takeFlash(session)).isNull();
            assertThat(b.takeFlash(session)).isNull();

            // pages of one session rendered at the same moment on both: one of them shows it
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                for (int round = 0; round < 20; round++) {
                    String message = "Saved (" + round + ").";
                    (round % 2 == 0 ? a : b).flash(session, message);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<String>> takes = new ArrayList<>();
                    for (int t = 0; t < 6; t++) {
                        Sessions via = t % 2 == 0 ? a : b;
                        Callable<String> take = () -> {
                            start.await();
                            return via.takeFlash(session);
                        };
                        takes.add(pool.submit(take));
                    }
                    start.countDown();
                    List<String> shown = new ArrayList<>();
                    for (Future<String> f : takes) {
                        shown.add(f.get());
                    }
                    assertThat(shown.stream().filter(Objects::nonNull))
                            .as("round %d", round)
                            .containsExactly(message);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @OnEveryStoreBackend
    void failedSignInsThroughEitherInstanceCountTogether(StoreBackend store) {
        try (Database second = store.openSecondPool()) {
            SignInThrottle a = throttle(store.db());
            SignInThrottle b = throttle(second);
            a.failed("mei", "10.0.0.1");
            b.failed("mei", "10.0.0.2");
            assertThat(a.wait("mei", "10.0.0.3")).isZero();
            a.failed("mei", "10.0.0.3");
            // three failures, on two instances: both refuse the fourth try
            assertThat(a.wait("mei", "10.0.0.4")).isEqualTo(Duration.ofMinutes(15));
            assertThat(b.wait("mei", "10.0.0.4")).isEqualTo(Duration.ofMinutes(15));
            // a success on one clears the name on both
            b.succeeded("mei");
            assertThat(a.wait("mei", "10.0.0.4")).isZero();

            for (int i = 0; i < 5; i++) {
                (i % 2 == 0 ? a : b).failed("name" + i, "10.0.0.9");
            }
            assertThat(a.wait("someone-else", "10.0.0.9")).isPositive();
            assertThat(b.wait("someone-else", "10.0.0.9")).isPositive();
        }
    }

    private Sessions sessions(Database db) {
        return new Sessions(new DeskSessionStore(db), Duration.ofHours(8), clock);
    }

    private SignInThrottle throttle(Database db) {
        return new SignInThrottle(new SignInFailures(db), 3, 5, Duration.ofMinutes(15), clock);
    }
}
