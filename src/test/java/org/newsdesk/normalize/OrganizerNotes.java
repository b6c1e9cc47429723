package org.newsdesk.normalize;

import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/** A note with a clear header and two speakers, for the organiser self-checks' tests. */
final class OrganizerNotes {

    private OrganizerNotes() {}

    static final String HEADER = """
            Event: Harbour Resilience Forum
            Date: 14 May 2024
            Format: in person, Portville
            """;

    static final String SPEAKERS = """

            Ms. Anna Berg — Director, Blue Coast Foundation
            Reefs take the first blow of every storm. The Foundation restores two reefs a year and wants the board to fund a third.

            Dr. Ravi Singh — Chief Engineer, Delta Port Authority
            The port raised its quay by half a metre last year. The next step is a tidal gate at the river mouth.
            """;

    static Item read(String header) {
        return readWhole(header + SPEAKERS);
    }

    static Item readWhole(String text) {
        return new NoteNormalizer().normalize(note(text, "lmec", null));
    }

    static List<String> organizerCodes(Item item) {
        return item.warnings().stream()
                .filter(w -> "organizers".equals(w.field()))
                .map(Warning::code)
                .toList();
    }
}
