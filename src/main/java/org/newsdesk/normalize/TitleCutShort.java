package org.newsdesk.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * A title that the note writes elsewhere as the end of a longer name: "Fisheries Data Workshop" where
 * the text says "the Western Indian Ocean Small-Scale Fisheries Data Workshop" (a title page whose
 * name wrapped over two lines, a heading that dropped the region). The capitalised words just before
 * the title belong to the event's name, so the title read is cut short; the item is held naming the
 * longer one. A title from front matter or a "Title:" line is the officer's own and passes.
 */
final class TitleCutShort implements ItemCheck {

    /** Capitalised words (and "of", "and", "&" between them) written just before the title. */
    private static final Pattern NAME_BEFORE =
            Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+(?:(?:of|and|&|for|on)\\s+)?){1,8})$");

    private static final int MAX_LINE = 5_000;

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        Reading<String> title = readings.title();
        if (item.title() == null
                || title.evidence() == Reading.Evidence.FRONT_MATTER
                || title.evidence() == Reading.Evidence.LABEL
                || item.title().split("\\s+").length < 2) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_LINE) {
                continue;
            }
            String longer = longerName(line, item.title());
            if (longer != null) {
                return List.of(Warning.at(
                        "title-longer-name",
                        "title",
                        note.lineNumber(i),
                        "The title \"" + item.title() + "\" may be cut short: the note also names the event \"" + longer
                                + "\"; confirm the event's full name (\"Title: …\")."));
            }
        }
        return List.of();
    }

    /** The longer name {@code line} writes ending in {@code title}, or null. */
    static String longerName(String line, String title) {
        for (int at = line.indexOf(title); at > 0; at = line.indexOf(title, at + 1)) {
            Matcher m = NAME_BEFORE.matcher(line.substring(Math.max(0, at - 120), at));
            if (!m.find()) {
                continue;
            }
            String written = m.group(1).strip();
            // the name starts after an article; a single capitalised word opening a sentence may be just that
            String before = written.replaceFirst("^(?:The|A|An|At|In|On|For|By|Of|And|To|From|With)\\s+", "");
            int start = at - m.group(1).length();
            String ahead = line.substring(0, start).strip();
            boolean sentenceStart = ahead.isEmpty() || ".!?:;•*#>|-".indexOf(ahead.charAt(ahead.length() - 1)) >= 0;
            if (before.isEmpty() || (sentenceStart && before.equals(written) && before.split("\\s+").length < 2)) {
                continue;
            }
            return before + " " + title;
        }
        return null;
    }
}
