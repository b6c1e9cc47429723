package org.newsdesk.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Warning;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * The date of the event, not of the mail, the page or the issue: front matter first, then a labelled
 * date ("Date:", "When/where:", "时间"), then a sentence that dates the event ("On 12 June 2024, the
 * forum was held …", "… took place on Tuesday, 3rd of June 2025"), then the first date in the header
 * that is not about publishing or a deadline. Masthead, posting and forwarded-mail dates are set aside
 * before this rule runs. A date that does not exist is reported and left empty, never rolled over.
 */
final class EventDateRule implements FieldRule<LocalDate> {

    /** Words just before a date that make it the issue's, the mail's or a deadline rather than the event's. */
    private static final Pattern NOT_THE_EVENT = Pattern.compile(
            "\\b(out|publish|published|publishing|issue|issued|sent|send|deadline|due|received|updated|released?|by|until|before"
                    + "|typed|written|posted|closes?|register|registration|apply|applications?|submit|submissions?|next)\\W{0,12}$",
            Pattern.CASE_INSENSITIVE);

    /** A sentence about something else than the event itself: a deadline, a publication, the next meeting. */
    private static final Pattern OTHER_MATTER = Pattern.compile(
            "(?i)\\b(deadline|register|registration|apply|application|submit|submission|feedback|publish|published|publication"
                    + "|release[sd]?|report (?:is|was) due|next (?:meeting|course|session|edition|forum|workshop|training)"
                    + "|will be held|will take place|upcoming|typed|written up|sent on|received on)\\b");

    /** Words that date the event itself in a sentence. */
    private static final Pattern EVENT_VERBS = Pattern.compile(
            "(?i)\\b(was held|were held|is held|took place|takes place|was convened|convened|was hosted|opened|kicked off|gathered"
                    + "|met|was organi[sz]ed|was launched|held (?:online |virtually |in person )?(?:on|in)|ran|was run|happened|was conducted|hosted|took part|brought together|welcomed)\\b");

    /**
     * "BANGKOK, 12 May 2025 —", "SACRAMENTO, Calif., Dec. 10, 2026 /AgriWire/ --": the place in capitals
     * and the date a press release was sent (a wire service names itself between slashes).
     */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,40},\\s[^—–-]{4,60}\\s?[—–-]");

    private static final Pattern TODAY = Pattern.compile("(?i)\\btoday\\b");

    private static final int CONTEXT_CHARS = 40;
    private static final int MAX_HEADER_LINES = 200;
    private static final int MAX_SENTENCE_LINES = 400;

    @Override
    public Reading<LocalDate> read(NoteContext note) {
        String written = note.front().text("date");
        List<String> labelled = new ArrayList<>();
        if (written != null) {
            Optional<DateMention> first = DateMention.in(written).stream().findFirst();
            if (first.isPresent()) {
                // a website page's date is the day it was posted: a sentence that dates the event wins
                if (note.front().page()) {
                    Optional<Reading<LocalDate>> dated = fromSentence(note);
                    if (dated.isPresent()) {
                        return dated.get();
                    }
                }
                return found(
                        first.get(),
                        written,
                        -1,
                        note.front().page() ? Reading.Evidence.HEADER_LINE : Reading.Evidence.FRONT_MATTER);
            }
            labelled.add(written);
        }
        List<String> values = new ArrayList<>(note.header().values(Label.DATE));
        values.addAll(note.header().values(Label.WHEN_WHERE));
        for (String value : values) {
            Optional<DateMention> first = DateMention.in(value).stream().findFirst();
            if (first.isPresent()) {
                return found(first.get(), value, lineOf(note, value), Reading.Evidence.LABEL);
            }
            labelled.add(value);
        }
        Optional<Reading<LocalDate>> dated = fromSentence(note);
        if (dated.isPresent()) {
            return dated.get();
        }
        List<String> lines = note.header().lines();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_HEADER_LINES))) {
            for (String sentence : Sentences.of(line)) {
                for (DateMention m : DateMention.in(sentence)) {
                    String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
                    if (!NOT_THE_EVENT.matcher(before).find()
                            && !OTHER_MATTER.matcher(sentence).find()) {
                        return found(m, sentence, lineOf(note, line), Reading.Evidence.HEADER_LINE);
                    }
                }
            }
        }
        if (!labelled.isEmpty()) {
            return Reading.none(
                    null,
                    List.of(Warning.of(
                            "invalid-date",
                            "date",
                            "The event date \"" + shorten(labelled.get(0))
                                    + "\" could not be read; write it as \"15 September 2021\" or \"2021-09-15\".")));
        }
        return Reading.none(
                null,
                List.of(Warning.of(
                        "no-date",
                        "date",
                        "No event date was found; add a line such as \"Date: 15 September 2021\" to the note.")));
    }

    /** The first sentence of the note that says when the event took place. */
    private static Optional<Reading<LocalDate>> fromSentence(NoteContext note) {
        // the officer's covering words may date the event ("It ran on Friday the 21st"); other set-aside lines may not
        List<String> lines = new ArrayList<>(note.bodyLines());
        for (int i = 0; i < lines.size(); i++) {
            if (note.cover().contains(i)
                    && "cover letter"
                            .equals(note.ledger().isSetAside(i) ? note.ledger().reason(i) : null)) {
                lines.set(i, note.lines().get(i));
            }
        }
        int year = yearOfTheNote(note.lines());
        for (int i = 0; i < Math.min(lines.size(), MAX_SENTENCE_LINES); i++) {
            String line = lines.get(i);
            if (line.length() > 5_000
                    || note.isSpeakersPart(i)
                    || !EVENT_VERBS.matcher(line).find()) {
                continue;
            }
            for (String sentence : Sentences.of(line)) {
                if (!EVENT_VERBS.matcher(sentence).find()
                        || OTHER_MATTER.matcher(sentence).find()) {
                    continue;
                }
                List<DateMention> dates = DateMention.in(sentence);
                Matcher dateline = DATELINE.matcher(sentence);
                if (dateline.find() && !dates.isEmpty() && dates.get(0).start() < dateline.end()) {
                    // "SINGAPORE, 9 October 2025 — …": the release's date, the event's only when it says "today"
                    if (!TODAY.matcher(sentence).find()) {
                        dates = dates.subList(1, dates.size());
                    }
                }
                if (dates.isEmpty() && year > 0) {
                    dates = DateMention.withoutYear(sentence, year);
                }
                for (DateMention m : dates) {
                    String before = sentence.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
                    if (!NOT_THE_EVENT.matcher(before).find()) {
                        return Optional.of(found(m, sentence, i, Reading.Evidence.SENTENCE));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The year most of the note's full dates are in: the year of a date written without one. */
    private static int yearOfTheNote(List<String> lines) {
        for (String line : lines) {
            if (line.length() < 5_000) {
                for (DateMention m : DateMention.in(line)) {
                    if (m.date() != null) {
                        return m.date().getYear();
                    }
                }
            }
        }
        return -1;
    }

    private static Reading<LocalDate> found(DateMention m, String text, int line, Reading.Evidence evidence) {
        if (m.date() == null) {
            return new Reading<>(
                    null,
                    line,
                    evidence,
                    List.of(
                            Warning.of(
                                    "invalid-date",
                                    "date",
                                    "The event date \"" + m.written().strip()
                                            + "\" does not exist in the calendar; check the day and month and correct the note.")));
        }
        List<Warning> warnings = new ArrayList<>();
        LocalDate date = m.date();
        DayOfWeek weekday = m.weekdayBefore(text);
        if (weekday != null && date.getDayOfWeek() == weekday) {
            // the weekday the note writes confirms the reading
            return new Reading<>(date, line, evidence, warnings);
        }
        if (weekday != null) {
            LocalDate other = m.otherReading();
            if (other != null && other.getDayOfWeek() == weekday) {
                date = other;
            } else {
                warnings.add(Warning.of(
                        "date-weekday-mismatch",
                        "date",
                        "The note says " + cap(weekday) + " for \""
                                + m.written().strip() + "\", but that day is a " + cap(date.getDayOfWeek())
                                + "; check the event date."));
            }
        } else if (m.ambiguous()) {
            warnings.add(Warning.of(
                    "date-ambiguous",
                    "date",
                    "\"" + m.written().strip() + "\" can be read as " + date + " or " + m.otherReading()
                            + "; it was read day first. Check the event date."));
        }
        return new Reading<>(date, line, evidence, warnings);
    }

    private static String cap(DayOfWeek d) {
        String s = d.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int lineOf(NoteContext note, String text) {
        String probe = text.strip();
        if (probe.length() > 30) {
            probe = probe.substring(0, 30);
        }
        for (int i = 0; i < note.lines().size(); i++) {
            if (note.lines().get(i).contains(probe)) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
