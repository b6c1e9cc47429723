package org.newsdesk.domain;

/** A reader of one publication. Status is active, unsubscribed or bounced. */
public record Subscriber(long id, String publication, String address, String name, String language, String status) {

    public boolean active() {
        return "active".equals(status);
    }
}
