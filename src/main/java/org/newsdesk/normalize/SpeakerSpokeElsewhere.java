package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * Words a speaker gave away from the event: "In a statement issued after the forum, the Minister, X, said
 * that …", "X told reporters", "said in an interview". News articles quote such people beside the ones
 * who spoke; whether their words belong in the item is for an editor to say, so it is held naming them.
 */
final class SpeakerSpokeElsewhere implements ItemCheck {

    private static final Pattern ELSEWHERE =
            Pattern.compile("(?i)\\bin an? (?:written |press |joint |separate |later )?"
                    + "(?:statement|release|interview|blog post|post on)\\b"
                    + "|\\bstatement (?:issued|released|published|sent|posted)\\b"
                    + "|\\btold (?:reporters|journalists|the press|this (?:paper|newspaper|website|reporter))\\b");

    /** "after the forum", "following the webinar": the kind of event is one of {@link Vocabulary#EVENT_WORDS}. */
    private static final Pattern AFTER_THE = Pattern.compile("(?i)\\b(?:after|following) the (\\p{L}+)\\b");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<SpeakerFinder.Placed> placed = note.found().placed();
        for (int k = 0; k < item.speakers().size() && k < placed.size(); k++) {
            int header = placed.get(k).header();
            if (header < 0 || header >= note.lines().size()) {
                continue;
            }
            Speaker s = item.speakers().get(k);
            String sentence = sentenceNaming(note.lines().get(header), s.name());
            if (sentence != null && (ELSEWHERE.matcher(sentence).find() || afterTheEvent(sentence))) {
                out.add(Warning.at(
                        "speaker-spoke-elsewhere",
                        "speakers[" + k + "].name",
                        note.lineNumber(header),
                        "The words of " + s.name() + " may not have been said at the event (\"" + shorten(sentence)
                                + "\"); keep them only if " + s.name() + " spoke there."));
            }
        }
        return out;
    }

    private static boolean afterTheEvent(String sentence) {
        java.util.regex.Matcher m = AFTER_THE.matcher(sentence);
        while (m.find()) {
            if (Vocabulary.EVENT_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence of {@code line} that names the speaker (by the last word of the name), or null. */
    static String sentenceNaming(String line, String name) {
        if (line.length() > 5_000) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        String family = words[words.length - 1];
        for (String sentence : Sentences.of(line)) {
            if (sentence.contains(family)) {
                return sentence;
            }
        }
        return null;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 90 ? t.substring(0, 90) + "…" : t;
    }
}
