package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.newsdesk.shared.Sha256;

/** Failed sign-ins counted in the store, on H2 and PostgreSQL alike. */
class SignInFailuresTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @OnEveryStoreBackend
    void theNthLatestFailureInTheWindowIsFoundPerSubject(StoreBackend store) {
        SignInFailures failures = new SignInFailures(store.db());
        for (int i = 0; i < 4; i++) {
            failures.record(T0.plus(Duration.ofMinutes(i)), "name:mei", "address:10.0.0." + i);
        }
        Instant since = T0.plusSeconds(30);
        // within the window (from 08:00:30): 08:01, 08:02, 08:03
        assertThat(failures.nthLatestSince("name:mei", since, 1)).hasValue(T0.plus(Duration.ofMinutes(3)));
        assertThat(failures.nthLatestSince("name:mei", since, 3)).hasValue(T0.plus(Duration.ofMinutes(1)));
        assertThat(failures.nthLatestSince("name:mei", since, 4)).isEmpty();
        // the first failure is in the window when it begins at it
        assertThat(failures.nthLatestSince("name:mei", T0, 4)).hasValue(T0);
        assertThat(failures.nthLatestSince("address:10.0.0.2", T0, 1)).hasValue(T0.plus(Duration.ofMinutes(2)));
        assertThat(failures.nthLatestSince("address:10.0.0.2", T0, 2)).isEmpty();
        assertThat(failures.nthLatestSince("name:ana", T0, 1)).isEmpty();
    }

    @OnEveryStoreBackend
    void clearingASubjectLeavesTheOthers(StoreBackend store) {
        SignInFailures failures = new SignInFailures(store.db());
        failures.record(T0, "name:mei", "address:a");
        failures.record(T0, "name:ana", "address:a");
        failures.clear("name:mei");
        assertThat(failures.nthLatestSince("name:mei", T0, 1)).isEmpty();
        assertThat(failures.nthLatestSince("name:ana", T0, 1)).isPresent();
        assertThat(failures.nthLatestSince("address:a", T0, 2)).isPresent();
    }

    @OnEveryStoreBackend
    void theNameTriedIsNotKeptAsText(StoreBackend store) {
        SignInFailures failures = new SignInFailures(store.db());
        // a password typed in the name field
        failures.record(T0, "name:correct horse battery", "address:10.0.0.1");
        assertThat(DeskSessionStoreTest.everyValueOf(store.db(), "desk_sign_in_failures"))
                .noneMatch(v -> v.contains("horse") || v.contains("10.0.0.1"))
                .contains(Sha256.hex("name:correct horse battery"));
    }

    @OnEveryStoreBackend
    void theSweepDeletesOnlyFailuresBeforeTheCutOffAtMostAsManyAsAsked(StoreBackend store) {
        SignInFailures failures = new SignInFailures(store.db());
        for (int i = 0; i < 5; i++) {
            failures.record(T0.plus(Duration.ofMinutes(i)), "name:mei");
        }
        Instant cutoff = T0.plus(Duration.ofMinutes(3));
        assertThat(failures.sweep(cutoff, 2)).isEqualTo(2);
        assertThat(failures.nthLatestSince("name:mei", T0, 3)).hasValue(T0.plus(Duration.ofMinutes(2)));
        assertThat(failures.sweep(cutoff, 100)).isEqualTo(1);
        assertThat(failures.sweep(cutoff, 100)).isZero();
        assertThat(failures.nthLatestSince("name:mei", T0, 2)).hasValue(cutoff);
        assertThat(failures.nthLatestSince("name:mei", T0, 3)).isEmpty();
    }
}
