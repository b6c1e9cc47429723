package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.DeskSessionStore;
import org.newsdesk.store.OnEveryStoreBackend;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.testing.SettableClock;

/** Desk sessions kept in the store, on H2 and PostgreSQL. */
class SessionsTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));

    Sessions sessions(StoreBackend store) {
        Accounts accounts = new Accounts(store.db());
        accounts.add("mei", "editor", "$argon2id$x", null);
        accounts.add("ana", "editor", "$argon2id$x", null);
        return new Sessions(new DeskSessionStore(store.db()), Duration.ofHours(8), clock);
    }

    @OnEveryStoreBackend
    void signingInMakesANewSessionWithItsOwnToken(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSession before = sessions.anonymous();
        DeskSession after = sessions.signIn("mei", "editor", null);
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.csrf()).isNotEqualTo(before.csrf()).hasSizeGreaterThan(40);
        assertThat(sessions.find(after.id())).hasValueSatisfying(s -> {
            assertThat(s.account()).isEqualTo("mei");
            assertThat(s.csrf()).isEqualTo(after.csrf());
        });
        assertThat(sessions.find(before.id()))
                .hasValueSatisfying(s -> assertThat(s.signedIn()).isFalse());
        assertThat(before.signedIn()).isFalse();
        assertThat(after.toString()).doesNotContain(after.id(), after.csrf());
    }

    @OnEveryStoreBackend
    void aSessionUnusedForTheIdleTimeEndsAndUseKeepsItAlive(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSession s = sessions.signIn("mei", "editor", null);
        clock.advance(Duration.ofHours(7));
        assertThat(sessions.find(s.id())).isPresent();
        clock.advance(Duration.ofHours(7));
        assertThat(sessions.find(s.id())).isPresent();
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }

    @OnEveryStoreBackend
    void theLastUseIsWrittenOnlyWhenItIsAMinuteOld(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSessionStore rows = new DeskSessionStore(store.db());
        Instant start = clock.instant();
        DeskSession s = sessions.signIn("mei", "editor", null);
        clock.advance(Duration.ofSeconds(59));
        assertThat(sessions.find(s.id())).isPresent();
        assertThat(rows.find(s.id()).orElseThrow().lastSeen()).isEqualTo(start);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(s.id())).isPresent();
        assertThat(rows.find(s.id()).orElseThrow().lastSeen()).isEqualTo(start.plusSeconds(60));
    }

    @OnEveryStoreBackend
    void theSignInPagesSessionLivesHalfAnHour(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSession page = sessions.anonymous();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(page.id())).isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(sessions.find(page.id())).isEmpty();
    }

    @OnEveryStoreBackend
    void endedSessionsAreSweptWhenNewOnesAreMade(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSessionStore rows = new DeskSessionStore(store.db());
        DeskSession signedIn = sessions.signIn("mei", "editor", null);
        DeskSession page = sessions.anonymous();
        clock.advance(Duration.ofMinutes(45));
        // no find: nothing has read (and so ended) them; making a session sweeps the page's
        DeskSession fresh = sessions.anonymous();
        assertThat(rows.find(page.id())).isEmpty();
        assertThat(rows.find(signedIn.id())).isPresent();
        clock.advance(Duration.ofHours(8));
        sessions.signIn("ana", "editor", null);
        assertThat(rows.find(signedIn.id())).isEmpty();
        assertThat(rows.find(fresh.id())).isEmpty();
    }

    @OnEveryStoreBackend
    void aFormTokenMatchesOnlyItsOwnSession(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSession a = sessions.signIn("mei", "editor", null);
        DeskSession b = sessions.signIn("ana", "editor", null);
        assertThat(Sessions.csrfMatches(a, a.csrf())).isTrue();
        assertThat(Sessions.csrfMatches(a, b.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(a, null)).isFalse();
        assertThat(Sessions.csrfMatches(null, a.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(sessions.find(a.id()).orElseThrow(), a.csrf()))
                .isTrue();
    }

    @OnEveryStoreBackend
    void aFlashIsShownOnceAndSigningOutForgetsIt(StoreBackend store) {
        Sessions sessions = sessions(store);
        DeskSession s = sessions.signIn("mei", "editor", null);
        sessions.flash(s, "Saved.");
        assertThat(sessions.takeFlash(s)).isEqualTo("Saved.");
        assertThat(sessions.takeFlash(s)).isNull();
        assertThat(sessions.takeFlash(null)).isNull();
        sessions.flash(s, "Released.");
        sessions.end(s.id());
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.takeFlash(s)).isNull();
    }
}
