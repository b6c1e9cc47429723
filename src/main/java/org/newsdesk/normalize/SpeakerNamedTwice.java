package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * Two speakers who may be one person ("Dr. Niran Somchai" and later "Dr. Niran added:"): a second
 * reference read as a new speaker. Two names sharing one statement ("A & B") are not this.
 */
final class SpeakerNamedTwice implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<Speaker> speakers = item.speakers();
        for (int k = 1; k < speakers.size(); k++) {
            for (int j = 0; j < k; j++) {
                Speaker a = speakers.get(j);
                Speaker b = speakers.get(k);
                if (!a.statement().equals(b.statement()) && sameName(a.name(), b.name())) {
                    out.add(Warning.at(
                            "speaker-repeated",
                            "speakers", // one person twice: the list has one speaker too many
                            SpeakerIsAPerson.line(note, k),
                            "\""
                                    + b.name() + "\" (speaker " + (k + 1) + ") may be the same person as speaker "
                                    + (j + 1) + " (\"" + a.name()
                                    + "\"); merge their statements if so."));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sameName(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        String[] wa = a.split("\\s+");
        String[] wb = b.split("\\s+");
        // one written as a part of the other: "Niran" and "Niran Somchai"
        return (wa.length == 1 || wb.length == 1) && Attribution.samePerson(a, b)
                || SpeakerFinder.isShorterFormOf(a, b)
                || SpeakerFinder.isShorterFormOf(b, a);
    }
}
