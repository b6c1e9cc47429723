package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The reader was guessing at a speaker header: little evidence for it (no honorific, no known name form,
 * nothing that reads as a job or an organisation), or another rule read the same line as someone else
 * with almost as much evidence.
 */
final class SpeakerIsCertain implements ItemCheck {

    /** A rival reading this close (in evidence points) makes the header uncertain. */
    static final int MIN_MARGIN = 1;

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<SpeakerFinder.Placed> placed = note.found().placed();
        for (int k = 0; k < placed.size(); k++) {
            SpeakerFinder.Placed p = placed.get(k);
            String field = "speakers[" + k + "].name";
            if (p.evidence() < SpeakerEvidence.CONFIDENT) {
                out.add(
                        Warning.at(
                                "speaker-uncertain",
                                field,
                                note.lineNumber(p.header()),
                                "The reader is not sure \"" + p.speaker().name()
                                        + "\" is a speaker (little in the line says so); confirm the name, role and organisation."));
            } else if (p.margin() < MIN_MARGIN) {
                out.add(Warning.at(
                        "speaker-uncertain",
                        field,
                        note.lineNumber(p.header()),
                        "The line can be read as \"" + p.speaker().name() + "\" or as \"" + p.rival()
                                + "\"; confirm who is speaking."));
            }
        }
        return out;
    }
}
