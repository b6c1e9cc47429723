package org.newsdesk.ops;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;

/**
 * Which message headers cross the HTTP boundary, for every platform-http route (bound as the
 * component's header filter strategy). A response carries only the headers newsdesk itself sets, so
 * a query parameter such as {@code ?Set-Cookie=...} can never come back as a response header; and
 * request headers or parameters with those names, or with the credentials' names, never enter a
 * message at all: routes read credentials from the request itself ({@link HttpRequests}).
 */
public class HttpHeaderRules extends HttpHeaderFilterStrategy {

    /** Every header newsdesk's HTTP routes answer with (Content-Type and Content-Length are set apart). */
    static final Set<String> RESPONSE = Set.of(
            "cache-control",
            "location",
            "set-cookie",
            "content-disposition",
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "retry-after",
            "vary",
            "www-authenticate",
            "hx-redirect",
            "hx-trigger");

    /** Read from the request itself, never from a message header. */
    static final Set<String> CREDENTIALS = Set.of("authorization", "cookie", "proxy-authorization");

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        // only these, and all of them (the default strategy would drop Cache-Control)
        return !RESPONSE.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        String lower = name.toLowerCase(Locale.ROOT);
        return super.applyFilterToExternalHeaders(name, value, exchange)
                || RESPONSE.contains(lower)
                || CREDENTIALS.contains(lower);
    }
}
