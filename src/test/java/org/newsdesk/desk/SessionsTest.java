package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.SettableClock;

class SessionsTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final Sessions sessions = new Sessions(Duration.ofHours(8), clock);

    @Test
    void signingInMakesANewSessionWithItsOwnToken() {
        DeskSession before = sessions.anonymous();
        DeskSession after = sessions.signIn("mei", "editor", null);
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.csrf()).isNotEqualTo(before.csrf()).hasSizeGreaterThan(40);
        assertThat(sessions.find(after.id()))
                .hasValueSatisfying(s -> assertThat(s.account()).isEqualTo("mei"));
        assertThat(before.signedIn()).isFalse();
        assertThat(after.toString()).doesNotContain(after.id(), after.csrf());
    }

    @Test
    void aSessionUnusedForTheIdleTimeEndsAndUseKeepsItAlive() {
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

    @Test
    void aFormTokenMatchesOnlyItsOwnSession() {
        DeskSession a = sessions.signIn("mei", "editor", null);
        DeskSession b = sessions.signIn("ana", "editor", null);
        assertThat(Sessions.csrfMatches(a, a.csrf())).isTrue();
        assertThat(Sessions.csrfMatches(a, b.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(a, null)).isFalse();
        assertThat(Sessions.csrfMatches(null, a.csrf())).isFalse();
    }

    @Test
    void aFlashIsShownOnceAndSigningOutForgetsIt() {
        DeskSession s = sessions.signIn("mei", "editor", null);
        sessions.flash(s, "Saved.");
        assertThat(sessions.takeFlash(s)).isEqualTo("Saved.");
        assertThat(sessions.takeFlash(s)).isNull();
        sessions.end(s.id());
        assertThat(sessions.find(s.id())).isEmpty();
    }
}
