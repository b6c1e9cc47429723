package org.newsdesk.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A numbered issue of one publication. The number is given once, per publication and year, and never
 * changes. A preview has number 0 and is never stored.
 */
public record Issue(
        String id, String publication, int year, int number, String label, LocalDate date, List<IssueEvent> events) {

    public Issue {
        events = List.copyOf(events);
    }

    @JsonIgnore
    public boolean preview() {
        return number == 0;
    }

    @JsonIgnore
    public List<String> itemIds() {
        return events.stream().flatMap(e -> e.itemIds().stream()).toList();
    }
}
