package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * When an item is held anyway, the editor is also told which values rest on weak evidence, so the one
 * look at the item covers them: a title taken from a mail subject, a heading or the first line that names
 * an event, a date that was only the first date of the header, organisers read from a sentence or not at
 * all. An item that is not held gets none of these.
 */
final class WeakEvidence {

    private WeakEvidence() {}

    static List<Warning> forHeld(Item item, NoteContext note, Readings readings, List<Warning> warnings) {
        List<Warning> out = new ArrayList<>();
        if (warnings.isEmpty()) {
            return out;
        }
        boolean titleWarned = warnings.stream().anyMatch(w -> "title".equals(w.field()));
        Reading.Evidence title = readings.title().evidence();
        if (item.title() != null
                && !titleWarned
                && (title == Reading.Evidence.SUBJECT
                        || title == Reading.Evidence.HEADER_LINE
                        || title == Reading.Evidence.HEADING
                        || title == Reading.Evidence.SENTENCE)) {
            out.add(new Warning(
                    "title-unconfirmed",
                    "title",
                    line(note, readings.title()),
                    "The title was read from "
                            + (title == Reading.Evidence.SUBJECT
                                    ? "the mail subject"
                                    : title == Reading.Evidence.SENTENCE
                                            ? "a sentence naming an event"
                                            : title == Reading.Evidence.HEADING
                                                    ? "the note's heading"
                                                    : "the first line that names an event")
                            + ", not from a \"Title:\" line; confirm it while the item is held."));
        }
        boolean dateWarned = warnings.stream().anyMatch(w -> "date".equals(w.field()));
        if (item.date() != null && !dateWarned && readings.date().evidence() == Reading.Evidence.HEADER_LINE) {
            out.add(
                    new Warning(
                            "date-unconfirmed",
                            "date",
                            line(note, readings.date()),
                            "The event date is the first date in the note's header, not a labelled date; confirm it while the item is held."));
        }
        boolean formatWarned = warnings.stream().anyMatch(w -> "format".equals(w.field()));
        if (item.format() == null && !formatWarned && mentionsAFormat(note)) {
            out.add(
                    Warning.of(
                            "format-unconfirmed",
                            "format",
                            "No format was read, though the note has words for one; confirm online, offline or hybrid while the item is held."));
        }
        boolean organizersWarned = warnings.stream().anyMatch(w -> "organizers".equals(w.field()));
        if (!organizersWarned && readings.organizers().evidence() == Reading.Evidence.SENTENCE) {
            out.add(
                    Warning.of(
                            "organizers-unconfirmed",
                            "organizers",
                            "The organisers were read from a sentence, not from an \"Organizers:\" line; confirm them while the item is held."));
        } else if (!organizersWarned && item.organizers().isEmpty()) {
            out.add(
                    Warning.of(
                            "organizers-unconfirmed",
                            "organizers",
                            "No organisers were read; add them while the item is held if the note says who organised the event."));
        }
        return out;
    }

    private static boolean mentionsAFormat(NoteContext note) {
        for (String line : note.bodyLines()) {
            if (line.length() < 5_000 && EventFormatRule.classify(line) != null) {
                return true;
            }
        }
        return false;
    }

    private static Integer line(NoteContext note, Reading<?> reading) {
        return reading.line() < 0 ? null : note.lineNumber(reading.line());
    }
}
