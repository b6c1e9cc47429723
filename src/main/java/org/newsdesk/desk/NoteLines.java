package org.newsdesk.desk;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * The note as it was read, line by line, each line marked with the item values found in it (the
 * title, a speaker's name, the start of a statement...) and with the warnings that point at it, so an
 * editor sees where each value came from and where the reader was unsure.
 */
public final class NoteLines {

    /** One line of the note: its number, its text, the values found in it, the warnings about it. */
    public record Line(int number, String text, List<String> marks, List<String> warnings) {
        public boolean marked() {
            return !marks.isEmpty();
        }

        public boolean warned() {
            return !warnings.isEmpty();
        }

        public String marksText() {
            return String.join(", ", marks);
        }
    }

    private record Value(String label, String text) {}

    private NoteLines() {}

    public static List<Line> of(String text, Item item) {
        List<Value> values = values(item);
        String[] raw = text.split("\\R", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String folded = fold(raw[i]);
            Set<String> marks = new LinkedHashSet<>();
            if (folded.length() >= 2) {
                for (Value v : values) {
                    if (folded.contains(v.text())) {
                        marks.add(v.label());
                    }
                }
            }
            List<String> warnings = new ArrayList<>();
            for (Warning w : item.warnings()) {
                if (w.line() != null && w.line() == i + 1) {
                    warnings.add(w.describe());
                }
            }
            lines.add(new Line(i + 1, raw[i], List.copyOf(marks), warnings));
        }
        return lines;
    }

    private static List<Value> values(Item item) {
        List<Value> values = new ArrayList<>();
        add(values, "title", item.title());
        add(values, "location", item.location());
        for (String o : item.organizers()) {
            add(values, "organizer", o);
        }
        add(values, "lead", start(item.lead()));
        for (int i = 0; i < item.speakers().size(); i++) {
            Speaker s = item.speakers().get(i);
            String who = "speaker " + (i + 1);
            add(values, who + " name", s.name());
            add(values, who + " role", s.role());
            add(values, who + " organization", s.organization());
            if (s.statement() != null) {
                for (String paragraph : s.statement().split("\n\n")) {
                    add(values, who + " statement", start(paragraph));
                }
            }
        }
        return values;
    }

    /** Long values are found by their start: the note may wrap them over several lines. */
    private static String start(String text) {
        if (text == null) {
            return null;
        }
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 40 ? first.substring(0, 40) : first;
    }

    private static void add(List<Value> values, String label, String text) {
        if (text == null) {
            return;
        }
        String folded = fold(text);
        // a value of one or two letters would be found everywhere
        if (folded.codePointCount(0, folded.length()) >= 3
                || folded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && folded.length() >= 2) {
            values.add(new Value(label, folded));
        }
    }

    /** Case, width, spacing and markup set aside, so "**Dr. Li**" in the note matches "Dr. Li". */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[*_`#>]+", "").replaceAll("[\\u2018\\u2019]", "'").replaceAll("[\\u201c\\u201d]", "\"");
        return n.replaceAll("\\s+", " ").strip();
    }
}
