package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A speaker's statement as the note gives it, made printable: lines wrapped by Word or PDF are joined,
 * a word hyphenated across a line break is mended, each list item becomes its own paragraph without
 * its marker, markup is removed, and paragraphs are separated by one blank line ("\n\n").
 */
final class StatementText {

    private StatementText() {}

    /** The statement from an inline start (may be null) and the lines that follow the header. */
    static String of(String inline, List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        if (inline != null && !inline.isBlank()) {
            current.append(Markup.strip(inline).strip());
        }
        for (String raw : lines) {
            if (raw.isBlank()) {
                flush(current, paragraphs);
                continue;
            }
            boolean item = ListMarker.length(raw) > 0;
            String line = Markup.strip(ListMarker.strip(raw)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (item) {
                flush(current, paragraphs);
            }
            append(current, line);
            if (item) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    /** Joins a wrapped line: "environ-" + "mental" → "environmental"; otherwise one blank between. */
    private static void append(StringBuilder current, String line) {
        int n = current.length();
        if (n == 0) {
            current.append(line);
            return;
        }
        boolean hyphenated = n >= 2
                && current.charAt(n - 1) == '-'
                && Character.isLetter(current.charAt(n - 2))
                && Character.isLowerCase(line.charAt(0));
        if (hyphenated) {
            current.setLength(n - 1);
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = collapse(current.toString());
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }

    /** Runs of blanks and tabs become one blank. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                blank = true;
            } else {
                if (blank && out.length() > 0) {
                    out.append(' ');
                }
                blank = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
