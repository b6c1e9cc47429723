package org.newsdesk.readers;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.newsdesk.ops.HttpRequests;

/** How a public page answers: its body and the few headers it needs, nothing taken from the request. */
final class ReaderHttp {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none';"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** An archived issue's page keeps its own inline styles. */
    static final String ISSUE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; script-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private ReaderHttp() {}

    static void page(Exchange exchange, int status, String html, String policy, boolean cacheable) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        headers(m, policy, cacheable);
        m.setBody(html);
    }

    static void body(Exchange exchange, String contentType, byte[] bytes, boolean cacheable) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        m.setHeader(Exchange.CONTENT_TYPE, contentType);
        headers(m, "default-src 'none'", cacheable);
        m.setBody(bytes);
    }

    private static void headers(Message m, String policy, boolean cacheable) {
        // pages for one reader (a confirmation, preferences) are never kept by a cache
        m.setHeader("Cache-Control", cacheable ? "public, max-age=300" : "no-store");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("Referrer-Policy", "no-referrer");
        m.setHeader("Content-Security-Policy", policy);
    }

    static String form(Exchange exchange, String name) {
        List<String> values = HttpRequests.form(exchange).get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String v = values.get(0).strip();
        return v.isEmpty() ? null : v;
    }
}
