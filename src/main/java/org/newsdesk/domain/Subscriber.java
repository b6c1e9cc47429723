package org.newsdesk.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A reader of one publication. Status is active, unsubscribed or bounced. */
public record Subscriber(long id, String publication, String address, String name, String language, String status) {

    @JsonIgnore
    public boolean active() {
        return "active".equals(status);
    }
}
