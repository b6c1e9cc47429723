package org.newsdesk.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Desk sessions, kept in memory: a restart signs everyone out, which is the safe side. A session
 * unused for {@code idle} ends. Signing in always makes a new session id, so an id planted in a
 * browser before sign-in is worth nothing after it.
 */
public final class Sessions {

    public static final String COOKIE = "newsdesk_desk";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, DeskSession> byId = new ConcurrentHashMap<>();
    private final Map<String, String> flashes = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public Sessions(Duration idle, Clock clock) {
        this.idle = idle;
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
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        DeskSession s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (s.lastSeen().plus(idle).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        DeskSession touched = s.seenAt(now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    public void end(String id) {
        if (id != null) {
            byId.remove(id);
            flashes.remove(id);
        }
    }

    /** A message for the next page this session sees ("Item released."), shown once. */
    public void flash(DeskSession session, String message) {
        flashes.put(session.id(), message);
    }

    public String takeFlash(DeskSession session) {
        return session == null ? null : flashes.remove(session.id());
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
        sweep();
        byId.put(s.id(), s);
        return s;
    }

    /** Drops idle sessions so a flood of sign-in pages cannot grow the map without end. */
    private void sweep() {
        if (byId.size() > 1000) {
            Instant cutoff = clock.instant().minus(idle);
            byId.values()
                    .removeIf(s -> s.lastSeen().isBefore(cutoff)
                            || !s.signedIn()
                                    && s.lastSeen().isBefore(clock.instant().minus(Duration.ofMinutes(30))));
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
