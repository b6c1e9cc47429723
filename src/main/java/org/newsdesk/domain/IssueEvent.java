package org.newsdesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One event in an issue: the merged items of one meeting, speakers in note order, none twice, the
 * sections the notes mark, and the changes the publication's house style made to its prose (listed
 * for the editor in the preview).
 */
public record IssueEvent(
        String title,
        LocalDate date,
        String format,
        String location,
        String lead,
        List<Speaker> speakers,
        List<String> itemIds,
        List<Section> sections,
        List<StyleChange> styleChanges) {

    public IssueEvent {
        speakers = List.copyOf(speakers);
        itemIds = List.copyOf(itemIds);
        sections = sections == null ? List.of() : List.copyOf(sections);
        styleChanges = styleChanges == null ? List.of() : List.copyOf(styleChanges);
    }

    /** An event without sections, as the house style has not yet seen it. */
    public IssueEvent(
            String title,
            LocalDate date,
            String format,
            String location,
            String lead,
            List<Speaker> speakers,
            List<String> itemIds) {
        this(title, date, format, location, lead, speakers, itemIds, List.of(), List.of());
    }
}
