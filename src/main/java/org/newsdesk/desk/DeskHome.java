package org.newsdesk.desk;

import org.apache.camel.Exchange;

/** GET /desk/: an editor starts at the review queue, where the work waits. */
public class DeskHome {

    public void home(Exchange exchange) {
        DeskHttp.session(exchange);
        DeskHttp.redirect(exchange, "/desk/review");
    }
}
