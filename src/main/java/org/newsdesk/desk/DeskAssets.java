package org.newsdesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The desk's own style sheet and script, from the jar; only these names, nothing else from the class path. */
public class DeskAssets {

    private static final Map<String, String> TYPES = Map.of(
            "desk.css", "text/css; charset=utf-8",
            "desk.js", "text/javascript; charset=utf-8",
            "htmx.min.js", "text/javascript; charset=utf-8");

    public void serve(Exchange exchange) {
        String name = exchange.getMessage().getHeader("asset", String.class);
        String type = name == null ? null : TYPES.get(name);
        if (type == null) {
            throw new DeskRefused(404, "There is no such file.");
        }
        byte[] bytes;
        try (InputStream in = DeskAssets.class.getResourceAsStream("/desk/assets/" + name)) {
            if (in == null) {
                throw new DeskRefused(404, "There is no such file.");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Message m = exchange.getMessage();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        m.setHeader(Exchange.CONTENT_TYPE, type);
        m.setHeader("Cache-Control", "public, max-age=3600");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setBody(bytes);
    }
}
