package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/** A speaker's name must look like a person's: not a label ("Role: Organisation"), a heading or a sentence. */
final class SpeakerIsAPerson implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (int k = 0; k < item.speakers().size(); k++) {
            Speaker s = item.speakers().get(k);
            if (!isPersonsName(s.name())) {
                out.add(Warning.at(
                        "speaker-not-a-person",
                        "speakers[" + k + "].name",
                        line(note, k),
                        "\"" + s.name()
                                + "\" does not look like a person's name; correct the speaker or remove them."));
            }
        }
        return out;
    }

    static boolean isPersonsName(String name) {
        if (name == null || name.isBlank() || name.contains(":") || name.contains("：") || name.matches(".*\\d.*")) {
            return false;
        }
        // one word is a name too ("Sukarmi"), when it is capitalised and no word of a label or an organisation
        boolean oneWordName = !name.contains(" ")
                && Character.isUpperCase(name.charAt(0))
                && !Vocabulary.NOT_NAME_WORDS.contains(Vocabulary.key(name))
                && !Vocabulary.ORGANIZATION_WORDS.contains(Vocabulary.key(name))
                && !Vocabulary.ROLE_WORDS.contains(Vocabulary.key(name));
        return NameShape.looksLikeName(name, true) || oneWordName;
    }

    static int line(NoteContext note, int speaker) {
        return note.lineNumber(note.found().placed().get(speaker).header());
    }
}
