package org.newsdesk.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The title must be an event's name: not one or two words ("Notes", "Panel 2"), not cut after a joining
 * word ("Forum on Ports and"), not a sentence ("The
 * forum was held on …"), not a whole paragraph, and not a headline read from a mail subject when the
 * note names no event.
 */
final class TitleLooksLikeATitle implements ItemCheck {

    private static final Pattern SENTENCE = Pattern.compile(
            "(?i).*\\b(was held|were held|took place|is held|gathered|opened|brought together|kicked off|were|was|will|has|have)\\b.*");
    private static final int MAX_WORDS = 30;

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        String title = item.title();
        if (title == null) {
            return List.of();
        }
        int line = readings.title().line() < 0
                ? -1
                : note.lineNumber(readings.title().line());
        int words = title.split("\\s+").length;
        boolean cjk = title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        if (words <= 2 && !cjk) {
            return List.of(warning(
                    "title-too-short",
                    line,
                    "The title \"" + title + "\" is only " + words + (words == 1 ? " word" : " words")
                            + "; write the event's full name (\"Title: …\")."));
        }
        if (title.matches("(?is).*\\s(?:and|of|on|for|the|in|to|with|a|an|at|&|from|by)$|.*[,:–-]$")) {
            return List.of(warning(
                    "title-cut",
                    line,
                    "The title \"" + shorten(title)
                            + "\" ends in a joining word, as if the rest were on the next line; write the full name."));
        }
        if (words > MAX_WORDS
                || title.endsWith(".")
                || readings.title().evidence() != Reading.Evidence.FRONT_MATTER
                        && readings.title().evidence() != Reading.Evidence.LABEL
                        && SENTENCE.matcher(title).matches()) {
            return List.of(
                    warning(
                            "title-is-a-sentence",
                            line,
                            "The title \"" + shorten(title)
                                    + "\" reads as a sentence or a headline, not as the event's name; write the name (\"Title: …\")."));
        }
        Reading.Evidence evidence = readings.title().evidence();
        if ((evidence == Reading.Evidence.HEADING || evidence == Reading.Evidence.HEADER_LINE)
                && TitleRule.isHeadline(title)
                && !TitleRule.isEventName(title.split("\\s+")[0])
                && words > 3) {
            return List.of(
                    warning(
                            "title-is-a-headline",
                            line,
                            "The title \"" + shorten(title)
                                    + "\" reads as a story's headline, not as the event's name; write the name (\"Title: …\")."));
        }
        if (evidence == Reading.Evidence.SUBJECT && !TitleRule.isEventName(title)) {
            return List.of(
                    warning(
                            "title-from-subject",
                            line,
                            "The title \"" + shorten(title)
                                    + "\" was taken from the mail subject, which names no event; write the event's name in the note."));
        }
        return List.of();
    }

    /** "The forum was held on …", "Mayors gathered …": a verb of a report in the line. */
    static boolean readsAsASentence(String text) {
        return SENTENCE.matcher(text).matches();
    }

    private static Warning warning(String code, int line, String message) {
        return new Warning(code, "title", line < 0 ? null : line, message);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
