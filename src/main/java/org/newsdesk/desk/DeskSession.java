package org.newsdesk.desk;

import java.time.Instant;

/**
 * A browser's session at the desk: signed in as {@code account} with {@code role}, or not yet
 * (account null: the sign-in page's session, which only carries the form's CSRF token).
 */
public record DeskSession(String id, String account, String role, String email, String csrf, Instant lastSeen) {

    public boolean signedIn() {
        return account != null;
    }

    DeskSession seenAt(Instant now) {
        return new DeskSession(id, account, role, email, csrf, now);
    }

    @Override
    public String toString() {
        // never the id or the token
        return "DeskSession[" + (account == null ? "not signed in" : account) + "]";
    }
}
