package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * No organisers were read, yet the note says who hosted, organised or sponsored the event ("hosted by",
 * "co-sponsored", "主办"), in the event's header or its end matter: the reader could not make out their
 * names.
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
            String cue = organizerCue(lower);
            if (cue != null) {
                return unread(note, i, "The note says the event was \"" + cue + "\" someone");
            }
        }
        return endMatter(item, note);
    }

    /**
     * A press release's "Notes to editors", or another part set aside as end matter, that says who
     * convened the event by its own name ("The Roundtable on … was convened by …"): the facts are the
     * event's, though the reader does not take names from there.
     */
    private static List<Warning> endMatter(Item item, NoteContext note) {
        if (item.title() == null || item.title().length() < 12) {
            return List.of();
        }
        String title = item.title().toLowerCase(Locale.ROOT);
        List<String> lines = note.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (note.ledger().place(i) != LineLedger.Place.SET_ASIDE
                    || lines.get(i).length() > 5_000) {
                continue;
            }
            String lower = Markup.strip(lines.get(i)).toLowerCase(Locale.ROOT);
            if (!lower.contains(title)) {
                continue;
            }
            String cue = organizerCue(lower);
            if (cue != null) {
                return unread(
                        note, i, "The note's end matter says the " + item.title() + " was \"" + cue + "\" someone");
            }
        }
        return List.of();
    }

    private static String organizerCue(String lower) {
        for (String cue : Vocabulary.ORGANIZER_CUES) {
            if (lower.contains(cue)) {
                return cue;
            }
        }
        return null;
    }

    private static List<Warning> unread(NoteContext note, int line, String says) {
        return List.of(Warning.at(
                "organizers-unread",
                "organizers",
                note.lineNumber(line),
                says + ", but no organiser could be read; list them (\"Organizers: A; B\")."));
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
