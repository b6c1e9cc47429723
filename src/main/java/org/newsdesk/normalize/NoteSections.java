package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsdesk.domain.Section;

/**
 * The parts of an event a note marks with a heading of their own ("== 评论与讨论 Comments & Discussions ==",
 * "## Q&A", "CONCLUSION"): the heading, the paragraphs under it that are no speaker's statement, and the
 * first speaker the note gives under it. Only lines no speaker rule took are read, so a section never
 * changes a statement; a heading inside a statement is left where it is.
 */
final class NoteSections {

    /** "## Q&A", "== Comments ==", "**Conclusion**", "3. Discussion", "Q&A:" with their marks. */
    private static final Pattern MARKS =
            Pattern.compile("^(?:#{1,6}\\s*|={2,}\\s*|-{2,}\\s*|\\*{2}|(?:\\d{1,2}|[IVX]{1,4})[.)]\\s+)"
                    + "|(?:\\s*={2,}|\\s*-{2,}|\\*{2})$|[:：]$");

    private static final Pattern CJK =
            Pattern.compile("[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]+");

    private static final int MAX_HEADING_WORDS = 6;

    private NoteSections() {}

    static List<Section> read(NoteContext note) {
        List<String> body = note.ledger().bodyLines(note.lines());
        int end = Math.min(body.size(), note.cover().signOff());
        List<Integer> headings = new ArrayList<>();
        for (int i = Math.max(0, note.found().firstHeader()); i < end; i++) {
            if (note.ledger().place(i) == LineLedger.Place.UNPLACED && heading(body, i) != null) {
                headings.add(i);
            }
        }
        List<Section> out = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int at = headings.get(h);
            int next = h + 1 < headings.size() ? headings.get(h + 1) : end;
            String firstSpeaker = null;
            int firstHeader = next;
            for (SpeakerFinder.Placed p : note.found().placed()) {
                if (p.header() > at && p.header() < next) {
                    firstSpeaker = p.speaker().name();
                    firstHeader = p.header();
                    break;
                }
            }
            List<String> paragraphs = paragraphs(note, body, at + 1, next);
            if (firstSpeaker != null || !paragraphs.isEmpty()) {
                out.add(new Section(heading(body, at), paragraphs, firstSpeaker));
            }
        }
        return out;
    }

    /** The heading's words without its marks and its Chinese twin, or null when the line is no section heading. */
    static String heading(List<String> lines, int i) {
        String t = lines.get(i).strip();
        boolean standsAlone = (i == 0 || lines.get(i - 1).isBlank())
                && (i + 1 >= lines.size() || lines.get(i + 1).isBlank() || t.startsWith("#") || t.startsWith("=="));
        if (t.isEmpty() || t.length() > 80 || !standsAlone) {
            return null;
        }
        String bare = MARKS.matcher(t).replaceAll("").strip();
        bare = MARKS.matcher(bare).replaceAll("").strip();
        // "评论与讨论 Comments & Discussions": the English words are the heading of an English issue
        String latin = CJK.matcher(bare).replaceAll(" ").strip().replaceAll("\\s+", " ");
        String[] words = latin.toLowerCase(Locale.ROOT).split(" ");
        if (latin.isEmpty() || words.length > MAX_HEADING_WORDS) {
            return null;
        }
        boolean named = false;
        for (String w : words) {
            String word = w.replaceAll("[.,;]+$", "");
            if (Vocabulary.SECTION_WORDS.contains(word)) {
                named = true;
            } else if (!Vocabulary.SECTION_FILLERS.contains(word)) {
                return null;
            }
        }
        if (!named) {
            return null;
        }
        // "CLOSING" is printed as "Closing"; "Q&A" keeps its capitals
        return latin.equals(latin.toUpperCase(Locale.ROOT)) && !latin.contains("&")
                ? latin.charAt(0) + latin.substring(1).toLowerCase(Locale.ROOT)
                : latin;
    }

    /** The paragraphs of no one's statement between a heading and the next speaker's header or heading. */
    private static List<String> paragraphs(NoteContext note, List<String> body, int from, int to) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = from; i <= to; i++) {
            boolean free = i < to && note.ledger().place(i) == LineLedger.Place.UNPLACED;
            String t = free ? Markup.strip(ListMarker.strip(body.get(i))).strip() : "";
            boolean aside = !t.isEmpty() && EditorialRemark.endsStatement(t);
            if (t.isEmpty() || aside || ListMarker.length(body.get(i)) > 0) {
                if (paragraph.length() > 0) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                if (i < to
                        && note.ledger().place(i) != LineLedger.Place.UNPLACED
                        && !body.get(i).isBlank()) {
                    // a speaker's header or statement: the section's own words stop here
                    break;
                }
            }
            if (!t.isEmpty() && !aside) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(t);
            }
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        return out;
    }
}
