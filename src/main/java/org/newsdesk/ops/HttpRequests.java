package org.newsdesk.ops;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * What the HTTP request itself carried, read from the server's request rather than from Camel's
 * message headers: those mix request headers, query parameters and form fields under one name, so
 * {@code ?Authorization=...} would look like an Authorization header. Outside an HTTP request (a
 * direct call) there is nothing: no header, no cookie, no form.
 */
public final class HttpRequests {

    private HttpRequests() {}

    private static Optional<HttpServerRequest> request(Exchange exchange) {
        return exchange.getIn() instanceof HttpMessage http && http.getRequest() != null
                ? Optional.of(http.getRequest())
                : Optional.empty();
    }

    /** A request header, never a query parameter of the same name. */
    public static String header(Exchange exchange, String name) {
        return request(exchange).map(r -> r.getHeader(name)).orElse(null);
    }

    public static String cookie(Exchange exchange, String name) {
        return request(exchange)
                .map(r -> r.getCookie(name))
                .map(Cookie::getValue)
                .orElse(null);
    }

    /** One query parameter (the first of its name). */
    public static String query(Exchange exchange, String name) {
        return request(exchange).map(r -> r.getParam(name)).orElse(null);
    }

    /** The fields of a posted form (urlencoded or multipart), every value of each, in order. */
    public static Map<String, List<String>> form(Exchange exchange) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        request(exchange)
                .ifPresent(r -> r.formAttributes()
                        .names()
                        .forEach(n -> form.put(n, r.formAttributes().getAll(n))));
        return form;
    }

    /** The client's address, for rate limits; "unknown" outside HTTP. */
    public static String remoteAddress(Exchange exchange) {
        return request(exchange)
                .map(HttpServerRequest::remoteAddress)
                .map(a -> a.hostAddress())
                .orElse("unknown");
    }
}
