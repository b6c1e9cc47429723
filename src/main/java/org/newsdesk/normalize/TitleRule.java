package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Warning;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * The event's title: front matter {@code title}; an "Event:"/"活动" line; the first "# " heading; then
 * the first header line (or piece of a run-on line) that names an event ("Forum", "Roundtable
 * Dialogue", "研讨会") and is not a note to colleagues; last the mail subject. A title written in
 * capitals is printed in title case, keeping the acronyms the note itself uses.
 */
final class TitleRule implements FieldRule<String> {

    /** Words that mark a line as the officer's own ("notes", "draft"), not the event's name. */
    private static final Set<String> NOTE_WORDS =
            Set.of("notes", "note", "draft", "newsletter", "minutes", "cont'd", "pt");

    /** Words that make a heading a report about an event rather than its name. */
    private static final Set<String> REPORT_WORDS = Set.of(
            "report",
            "summary",
            "recap",
            "highlights",
            "minutes",
            "notes",
            "round-up",
            "roundup",
            "wrap-up",
            "debrief",
            "readout",
            "takeaways",
            "纪要",
            "简报");

    @Override
    public Reading<String> read(NoteContext note) {
        FrontMatter front = note.front();
        EventHeader header = note.header();
        String title = front.text("title");
        // a website page's title is its headline: as doubtful as a heading
        Reading.Evidence evidence = front.page() ? Reading.Evidence.HEADING : Reading.Evidence.FRONT_MATTER;
        if (title == null) {
            title = header.field(Label.TITLE).orElse(null);
            evidence = Reading.Evidence.LABEL;
        }
        if (title == null) {
            title = firstHeading(header.lines());
            evidence = Reading.Evidence.HEADING;
        }
        if (title == null) {
            title = firstEventName(header.unlabelledLines());
            evidence = Reading.Evidence.HEADER_LINE;
        }
        if (title == null && note.subject() != null) {
            title = subjectTitle(note.subject());
            evidence = Reading.Evidence.SUBJECT;
        }
        if (title == null) {
            return Reading.none(
                    null,
                    List.of(Warning.of(
                            "no-title",
                            "title",
                            "No event title was found; add a line such as \"Event: Forum on ...\" to the note.")));
        }
        if (evidence != Reading.Evidence.FRONT_MATTER && evidence != Reading.Evidence.LABEL && isHeadline(title)) {
            // a headline ("Forum calls for village fire brigades …") names the story, not the event: find the event's
            // name
            List<String> inTitle = EventName.in(title);
            String named = inTitle.isEmpty() ? firstNamedInText(note) : null;
            if (!inTitle.isEmpty() && inTitle.get(0).split("\\s+").length >= 3) {
                String name = inTitle.get(0);
                // a headline shortens the name ("… at Western Field Forum"); the text may write it whole
                String fuller = fullerNameInText(note, name);
                if (fuller != null) {
                    return nameInText(fuller, lineOf(note.lines(), fuller), Reading.Evidence.SENTENCE, note);
                }
                String rest = title.strip().startsWith(name)
                        ? title.strip().substring(name.length()).strip()
                        : "";
                Reading<String> read = nameInText(name, lineOf(note.lines(), title), Reading.Evidence.HEADING, note);
                // the line goes on like a name ("from Municipal Landfills"), not like a headline's verb ("brings …")
                boolean goesOnLikeAName =
                        rest.matches("(?:from|for|of|on|in|and|with|to|at|&)\\s+(?:the\\s+)?\\p{Lu}.*");
                if (goesOnLikeAName && read.warnings().isEmpty()) {
                    // "Webinar on Capturing Methane" out of "… Methane from Municipal Landfills": where the name ends
                    // is a guess
                    return new Reading<>(
                            read.value(),
                            read.line(),
                            read.evidence(),
                            List.of(Warning.at(
                                    "title-uncertain",
                                    "title",
                                    note.lineNumber(Math.max(0, read.line())),
                                    "The title was read as \"" + read.value() + "\" from the line \"" + title.strip()
                                            + "\"; the words after it may be part of the name. Confirm the title.")));
                }
                return read;
            }
            if (named != null) {
                return nameInText(named, lineOf(note.lines(), named), Reading.Evidence.SENTENCE, note);
            }
        }
        String tidy = tidy(title, note.acronyms());
        return Reading.of(tidy, lineOf(note.lines(), title), evidence);
    }

    /** An event's name found inside a headline or a sentence; where it ends before "in Pekanbaru" is a guess. */
    private static Reading<String> nameInText(String named, int line, Reading.Evidence evidence, NoteContext note) {
        String shorter = EventName.withoutTrailingPlace(named);
        if (shorter.equals(named)) {
            return Reading.of(tidy(named, note.acronyms()), line, evidence);
        }
        // "… Forum in Pekanbaru" or "… Forum on Water Reuse in Agriculture": the last words may be the name's or the
        // place
        return new Reading<>(
                tidy(shorter, note.acronyms()),
                line,
                evidence,
                List.of(Warning.at(
                        "title-uncertain",
                        "title",
                        note.lineNumber(Math.max(0, line)),
                        "The title was read from the text as \"" + shorter + "\"; the words after it (\""
                                + named.substring(shorter.length()).strip()
                                + "\") may be part of it or the place. Confirm the title.")));
    }

    /** A line that tells a story rather than names an event: a verb in it, a question, or no word for an event. */
    static boolean isHeadline(String title) {
        String t = title.strip();
        // "Forum Report", "Workshop summary": a report about the event, not its name
        for (String w : t.toLowerCase(Locale.ROOT).split("[\\s,:()]+")) {
            if (REPORT_WORDS.contains(w)) {
                return true;
            }
        }
        if (!isEventName(t) || t.endsWith("?") || t.endsWith(".")) {
            return true;
        }
        if (t.contains(":") || t.contains(" – ") || t.contains(" — ") || t.contains(" - ") || t.contains(" | ")) {
            return false;
        }
        // "Kelp Forest Restoration Exchange draws divers, growers and scientists": the event's name is only part of it
        List<String> names = EventName.in(t);
        int named = names.isEmpty() ? 0 : names.get(0).length();
        return named < t.length() * 0.6;
    }

    /** A line of the officer's own ("notes", "draft") or a report about the event ("Forum Report", "Workshop summary"). */
    static boolean isOfficersLine(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s,:()–—|]+")) {
            if (NOTE_WORDS.contains(w) || REPORT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first event name the note's own text gives, before the speakers first, then anywhere. */
    private static String firstNamedInText(NoteContext note) {
        List<String> lines = note.bodyLines();
        for (String line : lines) {
            if (line.length() < 5_000 && !line.startsWith("#")) {
                List<String> names = EventName.in(line);
                if (!names.isEmpty()) {
                    return names.get(0);
                }
            }
        }
        return null;
    }

    /** An event name in the text that has every word of {@code name} and more ("Western Agrivoltaics Field Forum"). */
    private static String fullerNameInText(NoteContext note, String name) {
        Set<String> words =
                new java.util.HashSet<>(List.of(name.toLowerCase(Locale.ROOT).split("\\s+")));
        for (String line : note.bodyLines()) {
            if (line.length() < 5_000 && !line.startsWith("#")) {
                for (String other : EventName.in(line)) {
                    List<String> theirs = List.of(other.toLowerCase(Locale.ROOT).split("\\s+"));
                    if (theirs.size() > words.size() && theirs.containsAll(words)) {
                        return other;
                    }
                }
            }
        }
        return null;
    }

    private static int lineOf(List<String> lines, String text) {
        String probe = text.strip();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(probe)) {
                return i;
            }
        }
        return -1;
    }

    static String title(FrontMatter front, EventHeader header, String subject, Set<String> acronyms) {
        String title = front.text("title");
        if (title == null) {
            title = header.field(Label.TITLE).orElse(null);
        }
        if (title == null) {
            title = firstHeading(header.lines());
        }
        if (title == null) {
            title = firstEventName(header.unlabelledLines());
        }
        if (title == null && subject != null) {
            title = subjectTitle(subject);
        }
        return title == null ? null : tidy(title, acronyms);
    }

    static boolean isEventName(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s:,()]+")) {
            if (Vocabulary.EVENT_WORDS.contains(w)) {
                return true;
            }
        }
        String t = text.toLowerCase(Locale.ROOT);
        return Vocabulary.EVENT_WORDS.stream().anyMatch(w -> w.charAt(0) > 0x2E7F && t.contains(w));
    }

    /** The first heading of any level: HTML h1 and Word "Heading" paragraphs arrive as "#" lines. */
    private static String firstHeading(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("#")) {
                String text = line.replaceFirst("^#{1,6} ", "").strip();
                if (!text.startsWith("#") && !text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Whole lines first (an event name written on its own line), then pieces of run-on lines. */
    private static String firstEventName(List<String> lines) {
        for (String line : lines) {
            String l = line.strip();
            if (EventHeader.segments(l).size() == 1 && isCandidate(l) && !l.endsWith(".") && l.split(" ").length >= 3) {
                return l;
            }
        }
        for (String line : lines) {
            for (String segment : EventHeader.segments(line)) {
                if (isCandidate(segment)) {
                    return segment;
                }
            }
        }
        return null;
    }

    private static boolean isCandidate(String text) {
        if (!isEventName(text) || text.length() > 400) {
            return false;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s,()]+")) {
            if (NOTE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Re: [lmec] Fwd: Notes - Roundtable" → "Roundtable". */
    private static String subjectTitle(String subject) {
        String s = subject.strip();
        String before;
        do {
            before = s;
            s = s.replaceFirst("(?i)^(re|fwd?|aw|wg|回复|转发)\\s?[:：]\\s*", "")
                    .replaceFirst("^\\[[^\\]]{1,40}\\]\\s*", "");
        } while (!s.equals(before));
        return s.isBlank() ? null : s;
    }

    private static String tidy(String title, Set<String> acronyms) {
        String t = Markup.strip(title).strip();
        // strip the officer's bookkeeping from the end: "(pt 3/5)", "notes"
        t = t.replaceFirst("\\s*\\((?:pt|part)\\s?\\d{1,2}\\s?(?:/|of)\\s?\\d{1,2}\\)$", "");
        // and from the start: a filing tag such as "【会议纪要】" (meeting minutes) or "[draft]"
        t = t.replaceFirst("^(?:【[^】]{1,10}】|\\[[^\\]]{1,12}\\])\\s*", "");
        if (t.length() > 1 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
            t = t.substring(1, t.length() - 1);
        }
        t = withoutReportWord(t);
        t = withoutTrailingDate(t);
        return hasLowerCase(t) ? t : titleCase(t, acronyms);
    }

    /** "Panel recap: Financing Island Water", "Summary – Forum on …": the kind of write-up, not the event's name. */
    private static final Pattern REPORT_PREFIX = Pattern.compile(
            "(?i)^(?:(?:panel|event|workshop|webinar|forum|session|meeting|conference|seminar|dialogue)\\s+)?"
                    + "(?:recap|summary|highlights|report|readout|read-out|wrap-up|takeaways|notes|minutes|review|debrief|round-?up)"
                    + "\\s*(?:[:：|]|\\s[–—-])\\s+");

    static String withoutReportWord(String title) {
        Matcher m = REPORT_PREFIX.matcher(title);
        if (m.find()) {
            String rest = title.substring(m.end()).strip();
            if (rest.split("\\s+").length >= 3) {
                return rest;
            }
        }
        return title;
    }

    /**
     * "Regional Workshop on Drought Early Warning, Ulaanbaatar, 10–11 June 2025": the date written after the name,
     * and the place just before it, are not part of the name.
     */
    static String withoutTrailingDate(String title) {
        List<DateMention> dates = DateMention.in(title);
        if (dates.isEmpty()) {
            return title;
        }
        DateMention last = dates.get(dates.size() - 1);
        String before = title.substring(0, last.start())
                .replaceFirst(
                        "(?i)(?:\\s*\\b(?:on|from|held))?\\s*(?:,|\\s[–—|-]|\\s\\|)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?$",
                        "");
        String after = title.substring(last.end()).strip();
        if (before.length() == title.substring(0, last.start()).length() || !after.isEmpty()) {
            return title; // no separator before the date, or the name goes on after it
        }
        // ", Ulaanbaatar" just before the date: one or two capitalised words after the last comma
        String cut = before.replaceFirst(",\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?$", "");
        String name = cut.split("\\s+").length >= 3 ? cut : before;
        return name.split("\\s+").length >= 3 ? name.strip() : title;
    }

    private static boolean hasLowerCase(String t) {
        return t.chars().anyMatch(Character::isLowerCase);
    }

    /** "FORUM ON THE KNOWLEDGE-SHARING PLATFORM" → "Forum on the Knowledge-Sharing Platform". */
    static String titleCase(String text, Set<String> acronyms) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && Vocabulary.TITLE_SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(recase(w, acronyms));
            }
        }
        return out.toString();
    }

    /** "CHINA-ASEAN" → "China-ASEAN" when the note writes "ASEAN" in its sentences. */
    private static String recase(String word, Set<String> acronyms) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("(?<=[-/])")) {
            String bare = part.endsWith("-") || part.endsWith("/") ? part.substring(0, part.length() - 1) : part;
            String tail = part.substring(bare.length());
            out.append(acronyms.contains(bare) ? bare : capitaliseParts(bare.toLowerCase(Locale.ROOT)))
                    .append(tail);
        }
        return out.toString();
    }

    private static String capitaliseParts(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '/';
        }
        return out.toString();
    }
}
