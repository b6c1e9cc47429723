package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The text quotes a person by name ("“…,” said the Hon. Aisha Rambaran", "Dr. Joseph said: “…”",
 * "“…,” Naisoro said") or reports their words ("…, Tomas Herrera-Vidal, who said that …") who is not
 * among the speakers: someone whose words the reader did not take in,
 * often because the attribution is in a form no layout rule knows. The item waits for a person to add
 * them or confirm they did not speak at this event.
 */
final class QuotedPersonNotASpeaker implements ItemCheck {

    /** Titles that may stand between the verb and the name ("said the Hon. X", "said H.E. Ms. X"). */
    private static final String TITLES =
            "(?:(?:the\\s+)?(?:Hon|Rev|Dr|Mr|Ms|Mrs|Miss|Prof|Professor|Amb|Capt|Eng|Engr|Cllr|Sen"
                    + "|H\\.\\s?E|Sir|Dame|Ambassador|Minister|Mayor|Governor|Senator)\\.?\\s+)*";

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";

    private static final String NAME = "(" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD
            + "|de|da|do|dos|del|della|van|von|der|den|bin|binti|al|el|le|la|ole|ibn)){0,4})";

    private static final String VERB =
            "(?:said|says|added|adds|explained|stressed|noted|warned|argued|insisted|recalled|observed|told\\s+(?:the\\s+)?\\p{Ll}+(?:\\s\\p{Ll}+)?)";

    /** "“…,” said the Hon. Aisha Rambaran, Minister …" and "“…,” Naisoro said." */
    private static final Pattern QUOTE_THEN_NAME = Pattern.compile("[,.!?]\\s?[”\"]\\s*(?:" + VERB + "\\s+(?:the\\s+)?"
            + TITLES + NAME + "|" + TITLES + NAME + "\\s+" + VERB + "\\b)");

    /** "Dr. Nadia Joseph, Chief Scientist at the Institute, said: “…”", "X (Córdoba City Council) told the hall: “…”". */
    private static final Pattern NAME_THEN_QUOTE = Pattern.compile("(?:^|[.!?]\\s+)" + TITLES + NAME
            + "(?:\\s*\\([^()]{1,120}\\)|,[^“\"”]{1,160}?,)?\\s+" + VERB + ":\\s*[“\"]");

    /**
     * Reported speech: "…, Tomas Herrera-Vidal, who said that …", "Dr. Ana Ruiz, Director of the Institute,
     * warned that …". A name of two to four words, or one with a title, so a body ("the Alliance said
     * that") is not taken for a person.
     */
    private static final Pattern NAME_THEN_REPORTED = Pattern.compile("(?:^|[,.!?;]\\s+)(" + TITLES + ")" + NAME
            + "(?:\\s*\\([^()]{1,120}\\)|,[^“\"”.;]{1,160}?)?,?\\s+(?:who\\s+)?" + VERB + "\\s+that\\b");

    /** Words that follow a quote's verb without being a person. */
    private static final Set<String> NOT_NAMES = Set.of(
            "The",
            "This",
            "That",
            "These",
            "Those",
            "He",
            "She",
            "They",
            "It",
            "We",
            "I",
            "You",
            "His",
            "Her",
            "Their",
            "Our",
            "One",
            "Another",
            "Participants",
            "Officials",
            "Organisers",
            "Organizers",
            "Panellists",
            "Panelists",
            "Speakers",
            "Delegates",
            "Residents",
            "Farmers",
            "Experts",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Today",
            "Yesterday",
            "Earlier",
            "Later");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.length() > 5_000) {
                continue;
            }
            Optional<String> missed = quotedPersonNotASpeaker(Markup.strip(line), item);
            if (missed.isPresent()) {
                return List.of(Warning.at(
                        "speaker-missed",
                        "speakers",
                        note.lineNumber(i),
                        "The note quotes " + missed.get()
                                + ", who is not among the speakers; add them with their words, or confirm they did not"
                                + " speak at this event."));
            }
        }
        return List.of();
    }

    /** The first person a line quotes by name who is none of the item's speakers. */
    static Optional<String> quotedPersonNotASpeaker(String line, Item item) {
        for (Pattern p : List.of(QUOTE_THEN_NAME, NAME_THEN_QUOTE)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                if (name == null) {
                    continue;
                }
                String first = name.split("\\s+")[0];
                if (NOT_NAMES.contains(first) || Vocabulary.isAcronym(first)) {
                    continue;
                }
                if (!SpeakerMissedInHeader.isSpeaker(name, item.speakers())) {
                    return Optional.of(name);
                }
            }
        }
        Matcher r = NAME_THEN_REPORTED.matcher(line);
        while (r.find()) {
            String name = r.group(2);
            String[] words = name.split("\\s+");
            boolean titled = !r.group(1).isBlank();
            if (NOT_NAMES.contains(words[0])
                    || Vocabulary.isAcronym(words[0])
                    || (!titled && (words.length < 2 || words.length > 4))
                    || Vocabulary.anyWordIn(name, Vocabulary.ORGANIZATION_WORDS)
                    || Vocabulary.anyWordIn(name, Vocabulary.ORGANIZATION_HEAD_WORDS)) {
                continue;
            }
            if (!SpeakerMissedInHeader.isSpeaker(name, item.speakers())) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
