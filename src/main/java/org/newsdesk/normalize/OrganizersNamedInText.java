package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * No organisers were read, yet the note says who hosted, organised or sponsored the event ("hosted by",
 * "co-sponsored", "主办"): the reader could not make out their names.
 */
final class OrganizersNamedInText implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (!item.organizers().isEmpty()) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        int end = Math.min(lines.size(), note.found().firstHeader());
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).toLowerCase(Locale.ROOT);
            if (i >= end && !isEventSentence(lower)) {
                continue;
            }
            for (String cue : Vocabulary.ORGANIZER_CUES) {
                if (lower.contains(cue)) {
                    return List.of(Warning.at(
                            "organizers-unread",
                            "organizers",
                            note.lineNumber(i),
                            "The note says the event was \"" + cue
                                    + "\" someone, but no organiser could be read; list them (\"Organizers: A; B\")."));
                }
            }
        }
        return List.of();
    }

    /** Outside the header only sentences about the event itself count, not a speaker's own words. */
    private static boolean isEventSentence(String lower) {
        return lower.contains("forum")
                || lower.contains("workshop")
                || lower.contains("event")
                || lower.contains("dialogue")
                || lower.contains("webinar")
                || lower.contains("session")
                || lower.contains("meeting")
                || lower.contains("conference")
                || lower.contains("roundtable")
                || lower.contains("symposium")
                || lower.contains("seminar");
    }
}
