package org.newsdesk.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The bearer token the editor endpoints require (NEWSDESK_EDITOR_TOKEN). No token configured means
 * the endpoints refuse everything: an unprotected control to publish is worse than none.
 */
public final class EditorToken {

    private final byte[] expected;

    public EditorToken(String token) {
        this.expected = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Throws unless the request's own Authorization header carries the configured token: a query
     * parameter of that name never counts (see {@link HttpRequests}).
     */
    public void checkRequest(org.apache.camel.Exchange exchange) {
        check(HttpRequests.header(exchange, "Authorization"));
    }

    /** Throws unless the Authorization header carries the configured token. */
    public void check(String authorization) {
        if (expected == null) {
            throw new EditorRefusedException(
                    503, "The editor controls are off: set NEWSDESK_EDITOR_TOKEN to turn them on.");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new EditorRefusedException(401, "Send the editor token as \"Authorization: Bearer <token>\".");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // constant time, so the token cannot be guessed a character at a time from response times
        if (!MessageDigest.isEqual(expected, given)) {
            throw new EditorRefusedException(403, "The editor token is not valid.");
        }
    }

    @Override
    public String toString() {
        // never the token itself, whatever logs this
        return expected == null ? "EditorToken[none]" : "EditorToken[set]";
    }
}
