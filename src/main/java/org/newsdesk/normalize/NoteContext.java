package org.newsdesk.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the field rules and self-checks may look at for one note: its lines (after front matter
 * and comments), the event header, the cover letter of a mail, the speakers found and where each was
 * found. Line indexes are into {@link #lines()}; {@link #lineNumber(int)} turns one into the 1-based
 * line of the note as read, for warnings.
 */
record NoteContext(
        List<String> lines,
        int lineOffset,
        FrontMatter front,
        CoverLetter cover,
        EventHeader header,
        String subject,
        Set<String> acronyms,
        SpeakerFinder.Found found,
        LineLedger ledger) {

    NoteContext {
        lines = List.copyOf(lines);
        acronyms = Set.copyOf(acronyms);
    }

    private static final int MAX_ACRONYM_LINES = 500;

    /** Reads the layout of one note: front matter, set-aside lines, speakers and the event header. */
    static NoteContext of(String text, String subject, SpeakerFinder speakerFinder) {
        FrontMatter front = FrontMatterRule.read(text);
        int offset = lineCount(text) - lineCount(front.body());
        List<String> lines = List.of(Markup.withoutComments(front.body()).split("\n", -1));
        CoverLetter cover = CoverLetter.of(lines);
        LineLedger ledger = LineLedger.of(lines, cover);
        List<String> body = ledger.bodyLines(lines);
        SpeakerFinder.Found found =
                Interview.read(body).orElseGet(() -> speakerFinder.find(body, cover, Roster.of(lines)));
        EventHeader header = EventHeader.of(body, found.firstHeader(), cover);
        ledger.place(0, found.firstHeader(), LineLedger.Place.EVENT_HEADER);
        for (SpeakerFinder.Placed p : found.placed()) {
            ledger.place(p.header(), p.from(), LineLedger.Place.SPEAKER_HEADER);
            ledger.place(p.from(), p.to(), LineLedger.Place.STATEMENT);
        }
        return new NoteContext(lines, offset, front, cover, header, subject, acronyms(lines), found, ledger);
    }

    int lineNumber(int index) {
        return index + 1 + lineOffset;
    }

    private static int lineCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean mostlyLowerCase(String line) {
        long lower = line.chars().filter(Character::isLowerCase).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return lower > 3 * upper;
    }

    /** Upper-case words the note uses inside ordinary sentences ("LMEC", "MEE"), kept when a capitals title is recased. */
    private static Set<String> acronyms(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_ACRONYM_LINES))) {
            if (line.length() > 5_000 || !mostlyLowerCase(line)) {
                continue;
            }
            for (String word : line.split("[\\s,.;:()\"/-]+")) {
                if (Vocabulary.isAcronym(word)) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** Whether a line is a speaker's header or words: they date and describe nothing of the event itself. */
    boolean isSpeakersPart(int line) {
        LineLedger.Place place = ledger.place(line);
        return place == LineLedger.Place.STATEMENT || place == LineLedger.Place.SPEAKER_HEADER;
    }

    /** The note's lines with the cover letter and set-aside lines removed: where the event is written. */
    List<String> bodyLines() {
        return ledger.bodyLines(lines);
    }
}
