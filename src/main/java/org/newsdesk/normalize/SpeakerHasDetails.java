package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * A speaker with neither a role nor an organisation: the house style prints "Ms. X, Role, Organisation,
 * noted that …", and a note almost always says who a speaker is, so the reader most likely missed where
 * it says so (a caption, a programme, the line below the name).
 */
final class SpeakerHasDetails implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (int k = 0; k < item.speakers().size(); k++) {
            Speaker s = item.speakers().get(k);
            if (s.role() == null && s.organization() == null) {
                out.add(Warning.at(
                        "speaker-details-missing",
                        "speakers[" + k + "].organization",
                        SpeakerIsAPerson.line(note, k),
                        "Neither a role nor an organisation was read for " + s.name()
                                + "; add what the note says they are."));
            }
        }
        return out;
    }
}
