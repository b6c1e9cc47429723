package org.newsdesk.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.newsdesk.ops.HttpRequests;

/**
 * How a desk page answers: the body and the few headers a page needs, set on the exchange the REST
 * route returns. Every page is private to its editor (no-store), may not be framed by another site,
 * and runs only the desk's own script.
 */
public final class DeskHttp {

    /** The exchange property the gate puts the signed-in session under. */
    public static final String SESSION = "newsdeskDeskSession";

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private DeskHttp() {}

    public static DeskSession session(Exchange exchange) {
        DeskSession s = exchange.getProperty(SESSION, DeskSession.class);
        if (s == null) {
            throw new DeskRefused(401, "Sign in first.");
        }
        return s;
    }

    static void html(Exchange exchange, int status, String html) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        privatePage(m, PAGE_POLICY);
        m.setHeader("X-Frame-Options", "DENY");
        m.setBody(html);
    }

    /** After a form: the browser goes to {@code location} with GET (303), so reloading repeats nothing. */
    static void redirect(Exchange exchange, String location) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        m.setHeader("Location", location);
        m.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        privatePage(m, PAGE_POLICY);
        m.setBody("See " + location);
    }

    /** A file: shown in the browser ({@code inline}) or saved under {@code fileName}. */
    static void file(
            Exchange exchange, String contentType, String fileName, byte[] bytes, boolean inline, String policy) {
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        m.setHeader(Exchange.CONTENT_TYPE, contentType);
        m.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        privatePage(m, policy);
        m.setHeader("X-Frame-Options", "SAMEORIGIN");
        m.setBody(bytes);
    }

    static void setCookie(Exchange exchange, String value, boolean secure, long maxAgeSeconds) {
        exchange.getMessage()
                .setHeader(
                        "Set-Cookie",
                        Sessions.COOKIE + "=" + value + "; Path=/desk; HttpOnly; SameSite=Lax; Max-Age=" + maxAgeSeconds
                                + (secure ? "; Secure" : ""));
    }

    private static void privatePage(Message m, String policy) {
        m.setHeader("Cache-Control", "no-store");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("Referrer-Policy", "same-origin");
        m.setHeader("Content-Security-Policy", policy);
    }

    /** The posted form's fields. */
    static Form form(Exchange exchange) {
        return new Form(HttpRequests.form(exchange));
    }

    /** A posted form: a field's first value (stripped, null when absent or blank) or all of them. */
    record Form(Map<String, List<String>> fields) {
        String get(String name) {
            List<String> values = fields.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            String v = values.get(0);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The raw first value, blank kept (a statement may be emptied on purpose). */
        String raw(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return fields.getOrDefault(name, List.of());
        }
    }
}
