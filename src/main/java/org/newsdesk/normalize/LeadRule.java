package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The event summary a newsletter prints under the title: the first paragraph of the event header that
 * is prose (a dozen words or more), not a labelled line, not the title, not a list heading ending with
 * ":". Sentences that talk about the newsletter itself ("For Issue 6, 2021 (out April 9)") are left out.
 * Null when the note has no such paragraph.
 */
final class LeadRule implements FieldRule<String> {

    private static final int MIN_WORDS = 12;

    private static final Pattern NEWSROOM_TALK =
            Pattern.compile("(?i)\\b(issue \\d|newsletter|pt \\d|part \\d+ of \\d+|draft|notes?\\b)");

    private final FieldRule<String> titles;

    LeadRule(FieldRule<String> titles) {
        this.titles = titles;
    }

    @Override
    public Reading<String> read(NoteContext note) {
        String lead = lead(note.header(), titles.read(note).value());
        return lead == null ? Reading.none(null, List.of()) : Reading.of(lead, -1, Reading.Evidence.HEADER_LINE);
    }

    static String lead(EventHeader header, String title) {
        List<String> lines = header.lines().stream()
                .filter(l -> title == null
                        || !l.strip().equalsIgnoreCase(title) && !l.strip().equalsIgnoreCase("# " + title))
                .toList();
        for (List<String> paragraph : paragraphs(lines)) {
            if (isMenu(paragraph)) {
                continue;
            }
            String text = StatementText.collapse(String.join(" ", paragraph));
            if (title != null
                    && text.toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT))
                    && text.length() < title.length() + 80) {
                continue;
            }
            String lead = withoutNewsroomTalk(text);
            if (lead.split(" ").length >= MIN_WORDS && !lead.endsWith(":")) {
                return lead;
            }
        }
        return null;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•·–]|\\d{1,2}[.)])\\s+(.*)$");

    /** A list of a few words an item ("- News", "- Sign in"): a site's menu or a list of links, not prose. */
    static boolean isMenu(List<String> paragraph) {
        for (String line : paragraph) {
            java.util.regex.Matcher m = LIST_ITEM.matcher(line.strip());
            if (!m.matches() || m.group(1).split("\\s+").length > 4) {
                return false;
            }
        }
        return !paragraph.isEmpty();
    }

    /** Blank-line separated paragraphs, without labelled lines, headings and asides. */
    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            boolean skip = t.startsWith("#")
                    || EditorialRemark.endsStatement(t)
                    || LabelledLine.parse(t).isPresent();
            if (t.isEmpty() || skip) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(Markup.strip(t));
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static String withoutNewsroomTalk(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (!NEWSROOM_TALK.matcher(sentence).find()) {
                out.append(out.length() > 0 ? " " : "").append(sentence);
            }
        }
        return out.toString().strip();
    }
}
