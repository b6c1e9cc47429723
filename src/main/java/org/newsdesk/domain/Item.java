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
        List<Warning> warnings,
        List<Section> sections) {

    /**
     * 2: warnings are {code, field, line, message}; schema-1 items (warnings as sentences) still load.
     * 3: a speaker may carry {@code reportingVerb} and the item {@code sections}; schema-2 items load
     * without them (no verb: the publication's default; no sections).
     */
    public static final int SCHEMA = 3;

    /** An item whose note marks no sections. */
    public Item(
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
        this(
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
                warnings,
                List.of());
    }

    public Item {
        sections = sections == null ? List.of() : List.copyOf(sections);
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
                warnings,
                sections);
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
                warnings,
                sections);
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
                newWarnings,
                sections);
    }

    public Item withSections(List<Section> newSections) {
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
                warnings,
                newSections);
    }
}
