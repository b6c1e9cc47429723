package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.normalize.LabelledLine.Field;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * The part of a note before its first speaker, without the cover letter: where officers write what
 * the event was, when, how and by whom. Labelled lines ("Date: 15 Sep 2021") and labelled pieces of a
 * run-on first line ("... -- 15 Sept 2021 -- host: FECO, MEE -- notes pt 2/5") are both fields.
 */
record EventHeader(List<String> lines, List<Field> fields) {

    /** Separators officers put between the facts of a run-on line. */
    private static final String[] SEGMENT_SEPARATORS = {" -- ", " | ", " — ", " - ", " · "};

    private static final int MAX_LINE_CHARS = 2_000;

    EventHeader {
        lines = List.copyOf(lines);
        fields = List.copyOf(fields);
    }

    static EventHeader of(List<String> noteLines, int end, CoverLetter cover) {
        List<String> lines = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (cover.contains(i)) {
                continue;
            }
            String line = noteLines.get(i);
            // a megabyte line is not a header; only its beginning is looked at
            String bounded = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line;
            lines.add(bounded);
            for (String segment : segments(bounded)) {
                LabelledLine.parse(segment).ifPresent(fields::add);
            }
        }
        return new EventHeader(lines, fields);
    }

    Optional<String> field(Label label) {
        return fields.stream().filter(f -> f.label() == label && !f.value().isBlank()).map(Field::value).findFirst();
    }

    List<String> values(Label label) {
        return fields.stream().filter(f -> f.label() == label && !f.value().isBlank()).map(Field::value).toList();
    }

    /** A line cut at its run-on separators; a line without them is one segment. */
    static List<String> segments(String line) {
        List<String> parts = new ArrayList<>(List.of(line));
        for (String sep : SEGMENT_SEPARATORS) {
            List<String> next = new ArrayList<>();
            for (String p : parts) {
                int from = 0;
                int i;
                while ((i = p.indexOf(sep, from)) >= 0) {
                    next.add(p.substring(from, i).strip());
                    from = i + sep.length();
                }
                next.add(p.substring(from).strip());
            }
            parts = next;
        }
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The header lines that are not labelled fields: where titles and summaries are written. */
    List<String> unlabelledLines() {
        return lines.stream().filter(l -> LabelledLine.parse(l).isEmpty()).toList();
    }
}
