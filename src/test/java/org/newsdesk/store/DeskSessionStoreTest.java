package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.shared.Sha256;

/** The desk's sessions in the store, on H2 and PostgreSQL alike. */
class DeskSessionStoreTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @OnEveryStoreBackend
    void aSessionIsFoundByItsTokenWithWhatItWasMadeWithUntilItEnds(StoreBackend store) {
        new Accounts(store.db()).add("mei.lin", "editor", "$argon2id$x", "mei@example.org");
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        sessions.create("token-a", "mei.lin", "editor", "mei@example.org", "csrf-a", T0);
        sessions.create("token-b", null, null, null, "csrf-b", T0.plusSeconds(5));

        assertThat(sessions.find("token-a")).hasValueSatisfying(r -> {
            assertThat(r.account()).isEqualTo("mei.lin");
            assertThat(r.role()).isEqualTo("editor");
            assertThat(r.email()).isEqualTo("mei@example.org");
            assertThat(r.csrf()).isEqualTo("csrf-a");
            assertThat(r.createdAt()).isEqualTo(T0);
            assertThat(r.lastSeen()).isEqualTo(T0);
            assertThat(r.toString()).doesNotContain("csrf-a");
        });
        assertThat(sessions.find("token-b"))
                .hasValueSatisfying(r -> assertThat(r.account()).isNull());
        assertThat(sessions.find("token-c")).isEmpty();

        sessions.end("token-a");
        assertThat(sessions.find("token-a")).isEmpty();
        assertThat(sessions.find("token-b")).isPresent();
    }

    @OnEveryStoreBackend
    void theTokenItselfIsNotInTheStoreOnlyItsDigest(StoreBackend store) throws Exception {
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        String token = "Xq3-secret-session-token";
        sessions.create(token, null, null, null, "csrf", T0);
        List<String> values = everyValueOf(store.db(), "desk_sessions");
        assertThat(values).noneMatch(v -> v.contains(token)).contains(Sha256.hex(token));
    }

    @OnEveryStoreBackend
    void aTouchOnlyBringsTheLastUseForward(StoreBackend store) {
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        sessions.create("t", null, null, null, "csrf", T0);
        assertThat(sessions.touch("t", T0.plusSeconds(120))).isTrue();
        assertThat(sessions.find("t").orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(120));
        // a process whose request began earlier does not move it back
        assertThat(sessions.touch("t", T0.plusSeconds(60))).isFalse();
        assertThat(sessions.find("t").orElseThrow().lastSeen()).isEqualTo(T0.plusSeconds(120));
        assertThat(sessions.touch("gone", T0.plusSeconds(180))).isFalse();
    }

    @OnEveryStoreBackend
    void aFlashIsTakenOnceAndALaterOneReplacesOneNotYetShown(StoreBackend store) {
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        sessions.create("t", null, null, null, "csrf", T0);
        sessions.create("u", null, null, null, "csrf", T0);
        assertThat(sessions.takeFlash("t")).isEmpty();
        sessions.flash("t", "Saved.");
        sessions.flash("t", "Released \"Roundtable\": pending for the next issue.");
        assertThat(sessions.takeFlash("u")).isEmpty();
        assertThat(sessions.takeFlash("t")).hasValue("Released \"Roundtable\": pending for the next issue.");
        assertThat(sessions.takeFlash("t")).isEmpty();
        assertThat(sessions.takeFlash("no-such-session")).isEmpty();
    }

    @OnEveryStoreBackend
    void aFlashLongerThanTheColumnIsCutNotRefused(StoreBackend store) {
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        sessions.create("t", null, null, null, "csrf", T0);
        sessions.flash("t", "题".repeat(DeskSessionStore.MAX_FLASH + 10));
        assertThat(sessions.takeFlash("t"))
                .hasValueSatisfying(
                        m -> assertThat(m).hasSize(DeskSessionStore.MAX_FLASH).endsWith("题…"));
    }

    @OnEveryStoreBackend
    void removingTheAccountEndsItsSessions(StoreBackend store) {
        Accounts accounts = new Accounts(store.db());
        accounts.add("ana", "editor", "$argon2id$x", null);
        accounts.add("mei.lin", "editor", "$argon2id$x", null);
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        sessions.create("ana-1", "ana", "editor", null, "c", T0);
        sessions.create("ana-2", "ana", "editor", null, "c", T0);
        sessions.create("mei-1", "mei.lin", "editor", null, "c", T0);
        accounts.remove("ana");
        assertThat(sessions.find("ana-1")).isEmpty();
        assertThat(sessions.find("ana-2")).isEmpty();
        assertThat(sessions.find("mei-1")).isPresent();
    }

    @OnEveryStoreBackend
    void theSweepDeletesEndedSessionsOldestFirstAtMostAsManyAsAsked(StoreBackend store) {
        new Accounts(store.db()).add("mei.lin", "editor", "$argon2id$x", null);
        DeskSessionStore sessions = new DeskSessionStore(store.db());
        Instant now = T0.plus(Duration.ofHours(10));
        Instant signedInBefore = now.minus(Duration.ofHours(8));
        Instant anonymousBefore = now.minus(Duration.ofMinutes(30));
        // signed in: 9 h and 7 h unused; sign-in pages: 3 of 40 min, one of 10 min
        sessions.create("in-old", "mei.lin", "editor", null, "c", now.minus(Duration.ofHours(9)));
        sessions.create("in-live", "mei.lin", "editor", null, "c", now.minus(Duration.ofHours(7)));
        for (int i = 0; i < 3; i++) {
            sessions.create("page-old-" + i, null, null, null, "c", now.minus(Duration.ofMinutes(40 + i)));
        }
        sessions.create("page-live", null, null, null, "c", now.minus(Duration.ofMinutes(10)));

        assertThat(sessions.sweep(signedInBefore, anonymousBefore, 2)).isEqualTo(2);
        // the oldest went first: the 9 h one, then the 42 min page
        assertThat(sessions.find("in-old")).isEmpty();
        assertThat(sessions.find("page-old-2")).isEmpty();
        assertThat(sessions.sweep(signedInBefore, anonymousBefore, 100)).isEqualTo(2);
        assertThat(sessions.sweep(signedInBefore, anonymousBefore, 100)).isZero();
        assertThat(sessions.find("in-live")).isPresent();
        assertThat(sessions.find("page-live")).isPresent();
        assertThat(sessions.find("page-old-0")).isEmpty();
    }

    static List<String> everyValueOf(Database db, String table) {
        return db.withConnection(c -> values(c, table));
    }

    private static List<String> values(Connection c, String table) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
            }
        }
        return values;
    }
}
