package org.newsdesk.domain;

import java.time.LocalDate;
import java.util.List;

/** One event in an issue: the merged items of one meeting, speakers in note order, none twice. */
public record IssueEvent(
        String title,
        LocalDate date,
        String format,
        String location,
        String lead,
        List<Speaker> speakers,
        List<String> itemIds) {

    public IssueEvent {
        speakers = List.copyOf(speakers);
        itemIds = List.copyOf(itemIds);
    }
}
