package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * A statement must be something said: a few words at least, in running text. "09:45" (the next slot of a
 * programme), "Page last updated 6 October 2025 · Questions: events@…" (the page's footer) or a bare
 * organisation's name are what was left between two headers, not a speaker's words.
 */
final class StatementIsSpeech implements ItemCheck {

    private static final int MIN_WORDS = 6;
    /** Three words of running text in a row: what any sentence has and a time, a footer or a name lacks. */
    private static final Pattern RUNNING_TEXT =
            Pattern.compile("(?:^|\\s)\\p{Ll}[\\p{L}'’-]*,?\\s+\\p{Ll}[\\p{L}'’-]*,?\\s+\\p{Ll}[\\p{L}'’-]*");

    private static final Pattern CHROME =
            Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|\\blast updated\\b|©|\\(c\\)\\s*\\d{4}");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<Speaker> speakers = item.speakers();
        for (int k = 0; k < speakers.size(); k++) {
            String reason = notSpeech(speakers.get(k).statement());
            if (reason != null) {
                out.add(Warning.of(
                        "statement-not-speech",
                        "speakers[" + k + "].statement",
                        "The statement of " + speakers.get(k).name() + " (\""
                                + shorten(speakers.get(k).statement()) + "\") " + reason
                                + "; write what they said, or remove them if they did not speak."));
            }
        }
        return out;
    }

    /** Why a statement is not a speaker's words, or null when it reads as them. */
    static String notSpeech(String statement) {
        if (statement == null || statement.isBlank()) {
            return "is empty";
        }
        String t = statement.strip();
        boolean cjk = t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (cjk) {
            return t.codePointCount(0, t.length()) < 8 ? "is only a few characters" : null;
        }
        if (t.split("\\s+").length < MIN_WORDS) {
            return "is only a few words";
        }
        if (t.length() < 300 && CHROME.matcher(t).find()) {
            return "reads as a page's or mail's footer";
        }
        if (!RUNNING_TEXT.matcher(t).find()) {
            return "has no running text";
        }
        if (t.chars().filter(c -> c == '“').count()
                > t.chars().filter(c -> c == '”').count()) {
            // "After the vote, “the port will pay": cut at an attribution the reader took for its end
            return "opens a quotation it does not close";
        }
        return null;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip().replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
