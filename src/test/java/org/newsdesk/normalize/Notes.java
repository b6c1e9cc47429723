package org.newsdesk.normalize;

import java.time.Instant;
import java.util.List;
import org.newsdesk.read.ReadNote;

/** Small helpers to write notes inside tests. */
final class Notes {

    private Notes() {}

    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    static ReadNote note(String text) {
        return note(text, null, null);
    }

    static ReadNote note(String text, String publicationHint, String subject) {
        return new ReadNote(
                "note.txt",
                "0".repeat(64),
                text,
                "txt",
                publicationHint,
                subject,
                Instant.parse("2021-04-09T00:00:00Z"),
                "file",
                List.of());
    }

    /** The note's layout as the field rules and self-checks see it. */
    static NoteContext context(String text) {
        return NoteContext.of(text, null, new SpeakerFinder());
    }

    static EventHeader header(String text) {
        List<String> lines = lines(text);
        return EventHeader.of(lines, lines.size(), new CoverLetter(0, lines.size()));
    }
}
