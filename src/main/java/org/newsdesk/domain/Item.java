package org.newsdesk.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A newsletter item read from one note: the event and what its speakers said.
 * Serialised as JSON with {@link #SCHEMA} so stored items can be migrated later.
 */
public record Item(
        int schema,
        String id,
        String publication,
        String title,
        LocalDate date,
        String format,
        String location,
        List<String> organizers,
        String lead,
        List<Speaker> speakers,
        NoteSource source,
        List<Warning> warnings) {

    /** 2: warnings are {code, field, line, message}; schema-1 items (warnings as sentences) still load. */
    public static final int SCHEMA = 2;

    public Item {
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An item with warnings waits for an editor; it is never published on its own. */
    @JsonIgnore
    public boolean needsReview() {
        return publication == null || !warnings.isEmpty();
    }

    public Item withId(String newId) {
        return new Item(
                schema,
                newId,
                publication,
                title,
                date,
                format,
                location,
                organizers,
                lead,
                speakers,
                source,
                warnings);
    }

    public Item withPublication(String newPublication) {
        return new Item(
                schema,
                id,
                newPublication,
                title,
                date,
                format,
                location,
                organizers,
                lead,
                speakers,
                source,
                warnings);
    }

    public Item withWarnings(List<Warning> newWarnings) {
        return new Item(
                schema,
                id,
                publication,
                title,
                date,
                format,
                location,
                organizers,
                lead,
                speakers,
                source,
                newWarnings);
    }
}
