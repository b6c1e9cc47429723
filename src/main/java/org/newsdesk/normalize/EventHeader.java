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
            String row = tableRow(
                    ListMarker.length(bounded) > 0
                                    && LabelledLine.parse(ListMarker.strip(bounded))
                                            .isPresent()
                            ? ListMarker.strip(bounded)
                            : bounded);
            lines.add(row);
            Optional<Field> whole = LabelledLine.parse(row);
            List<String> segments = segments(row);
            boolean runOn = segments.size() > 1
                    && segments.stream()
                            .skip(1)
                            .anyMatch(s -> LabelledLine.parse(s).isPresent());
            if (whole.isPresent() && !runOn) {
                fields.add(continued(whole.get(), noteLines, i, end));
                continue;
            }
            for (String segment : segments) {
                LabelledLine.parse(segment).ifPresent(fields::add);
            }
        }
        return new EventHeader(lines, fields);
    }

    /** "| **Organizers** | A; B |" is the labelled line "Organizers: A; B". */
    static String tableRow(String line) {
        String t = line.strip();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 3) {
            return line;
        }
        String[] cells = t.substring(1, t.length() - 1).split("\\|");
        if (cells.length != 2 || cells[0].isBlank() || cells[0].strip().matches("[-: ]+")) {
            return line;
        }
        return Markup.strip(cells[0]).strip() + ": " + cells[1].strip();
    }

    /**
     * A value a PDF or Word wrapped onto the next line ("Title: Forum on Ports and" / "Shore Power"):
     * joined when the next line is not blank, not labelled and the value plainly goes on.
     */
    private static Field continued(Field field, List<String> noteLines, int at, int end) {
        String value = field.value();
        if (value.isBlank() || at + 1 >= end) {
            return field;
        }
        String next = noteLines.get(at + 1).strip();
        boolean cut = value.matches("(?s).*(\\b(and|of|on|for|the|in|to|with|a|an|at|&)|[,:–-])$");
        // a lower-case next line goes on the value, unless it is a label of its own ("moderator: Rahim")
        boolean lowerGoesOn = !next.isEmpty()
                && Character.isLowerCase(next.charAt(0))
                && !next.matches("[\\p{L}][\\p{L} /&-]{1,24}[:：]\\s.*");
        boolean goesOn = cut || lowerGoesOn;
        if (next.isEmpty()
                || !goesOn
                || next.length() > 120
                || LabelledLine.parse(next).isPresent()
                || ListMarker.length(next) > 0
                || next.startsWith("#")) {
            return field;
        }
        return new Field(field.label(), value + " " + next);
    }

    Optional<String> field(Label label) {
        return fields.stream()
                .filter(f -> f.label() == label && !f.value().isBlank())
                .map(Field::value)
                .findFirst();
    }

    List<String> values(Label label) {
        return fields.stream()
                .filter(f -> f.label() == label && !f.value().isBlank())
                .map(Field::value)
                .toList();
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
