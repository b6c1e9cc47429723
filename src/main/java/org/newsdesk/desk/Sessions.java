package org.newsdesk.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.store.DeskSessionStore;

/**
 * Desk sessions, kept in the store ({@link DeskSessionStore}) so that any newsdesk process sharing it
 * can serve the next request of a browser, and a restart signs no one out. A session unused for
 * {@code idle} ends. Signing in always makes a new session id, so an id planted in a browser before
 * sign-in is worth nothing after it.
 */
public final class Sessions {

    public static final String COOKIE = "newsdesk_desk";

    /** How long the sign-in page's session lives unused (at most the idle time). */
    public static final Duration SIGN_IN_PAGE_IDLE = Duration.ofMinutes(30);

    /** How often, at most, one process deletes ended sessions from the store. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    /** Rows deleted per statement of a sweep, and statements per sweep: a sweep's work is bounded. */
    static final int SWEEP_BATCH = 500;

    static final int SWEEP_BATCHES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeskSessionStore store;
    private final Duration idle;
    private final Duration signInPageIdle;
    private final Duration touchEvery;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    public Sessions(DeskSessionStore store, Duration idle, Clock clock) {
        this.store = store;
        this.idle = idle;
        this.signInPageIdle = SIGN_IN_PAGE_IDLE.compareTo(idle) < 0 ? SIGN_IN_PAGE_IDLE : idle;
        // a session's last use is written at most once a minute, not at every request; the idle time
        // is then kept to within a minute (an eighth of it when it is shorter than 8 minutes)
        Duration eighth = idle.dividedBy(8);
        this.touchEvery = eighth.compareTo(Duration.ofMinutes(1)) < 0 ? eighth : Duration.ofMinutes(1);
        this.clock = clock;
    }

    /** A session for the sign-in page: no account, a CSRF token for its form. */
    public DeskSession anonymous() {
        return put(new DeskSession(token(), null, null, null, token(), clock.instant()));
    }

    public DeskSession signIn(String account, String role, String email) {
        return put(new DeskSession(token(), account, role, email, token(), clock.instant()));
    }

    /** The live session of this id, touched; empty when unknown or idle too long. */
    public Optional<DeskSession> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeskSessionStore.Row> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DeskSessionStore.Row row = found.get();
        Instant now = clock.instant();
        Duration allowed = row.account() == null ? signInPageIdle : idle;
        if (row.lastSeen().plus(allowed).isBefore(now)) {
            store.end(id);
            return Optional.empty();
        }
        Instant seen = row.lastSeen();
        if (!seen.plus(touchEvery).isAfter(now)) {
            store.touch(id, now);
            seen = now;
        }
        return Optional.of(new DeskSession(id, row.account(), row.role(), row.email(), row.csrf(), seen));
    }

    public void end(String id) {
        if (id != null && !id.isEmpty()) {
            store.end(id);
        }
    }

    /** A message for the next page this session sees ("Item released."), shown once. */
    public void flash(DeskSession session, String message) {
        store.flash(session.id(), message);
    }

    /** The session's message, if it has one; then it is gone, whichever process shows it. */
    public String takeFlash(DeskSession session) {
        return session == null ? null : store.takeFlash(session.id()).orElse(null);
    }

    /** Whether a form's token is the session's, compared in constant time. */
    public static boolean csrfMatches(DeskSession session, String given) {
        return session != null
                && given != null
                && MessageDigest.isEqual(
                        session.csrf().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    public Duration idle() {
        return idle;
    }

    private DeskSession put(DeskSession s) {
        sweep(s.lastSeen());
        store.create(s.id(), s.account(), s.role(), s.email(), s.csrf(), s.lastSeen());
        return s;
    }

    /**
     * Deletes ended sessions, at most once a minute in this process and a bounded number at a time, so
     * that a flood of sign-in pages cannot grow the table without end.
     */
    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(SWEEP_EVERY).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        Instant signedInBefore = now.minus(idle);
        Instant anonymousBefore = now.minus(signInPageIdle);
        for (int i = 0; i < SWEEP_BATCHES; i++) {
            if (store.sweep(signedInBefore, anonymousBefore, SWEEP_BATCH) < SWEEP_BATCH) {
                return;
            }
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
