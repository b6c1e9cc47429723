package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * The event header (before the first speaker) reports someone as speaking who is not a speaker:
 * "In his opening remarks, Dr. Tom Reed, Deputy Mayor, said that …" in the lead of a web article.
 */
final class SpeakerMissedInHeader implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<String> lines = note.bodyLines();
        int end = Math.min(note.found().firstHeader(), lines.size());
        for (int i = 0; i < end; i++) {
            for (String name : Attribution.speakersIn(lines.get(i))) {
                if (!isSpeaker(name, item.speakers())) {
                    out.add(
                            Warning.at(
                                    "speaker-missed",
                                    "speakers",
                                    note.lineNumber(i),
                                    "\"" + name
                                            + "\" is reported as speaking before the first speaker but is not a speaker of this item; add them or confirm."));
                    return out;
                }
            }
        }
        return out;
    }

    static boolean isSpeaker(String name, List<Speaker> speakers) {
        return speakers.stream().anyMatch(s -> Attribution.samePerson(name, s.name()));
    }
}
