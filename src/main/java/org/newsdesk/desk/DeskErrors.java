package org.newsdesk.desk;

import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a desk request that failed answers: the sign-in page, or a page saying what to do. */
public class DeskErrors {

    private static final Logger LOG = LoggerFactory.getLogger(DeskErrors.class);

    private final DeskPages pages;

    public DeskErrors(DeskPages pages) {
        this.pages = pages;
    }

    public void page(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        DeskSession session = exchange.getProperty(DeskHttp.SESSION, DeskSession.class);
        Throwable cause = e;
        while (cause != null
                && !(cause instanceof DeskRefused)
                && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof DeskRefused refused) {
            if (refused.redirect() != null) {
                DeskHttp.redirect(exchange, refused.redirect());
                return;
            }
            DeskHttp.html(
                    exchange,
                    refused.status(),
                    pages.render(
                            "problem",
                            "Not done",
                            session,
                            Map.of(
                                    "message",
                                    refused.getMessage(),
                                    "status",
                                    refused.status(),
                                    "signIn",
                                    refused.status() == 401)));
            return;
        }
        LOG.error("Desk request failed", e);
        DeskHttp.html(
                exchange,
                500,
                pages.render(
                        "problem",
                        "Not done",
                        session,
                        Map.of(
                                "message",
                                "newsdesk could not do this because of an internal error; the service log says more.",
                                "status",
                                500)));
    }
}
