package org.newsdesk.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * The date of the event, not of the mail or the issue: front matter first, then a labelled date
 * ("Date:", "When/where:", "时间"), then the first date in the header that is not about publishing
 * ("For Issue 6 (out April 9, 2021)", "publish on ..."). A date that does not exist is reported and
 * left empty, never rolled over to the next month.
 */
final class EventDateRule {

    /** The date, or null with the sentence that tells the officer what to fix. */
    record EventDate(LocalDate date, String warning) {
    }

    /** Words just before a date that make it the or the mail's date rather than the event's. */
    private static final Pattern NOT_THE_EVENT = Pattern.compile(
            "\\b(out|publish|published|publishing|issue|issued|sent|send|deadline|due|received|updated|released?|by)\\W{0,3}$",
            Pattern.CASE_INSENSITIVE);

    private static final int CONTEXT_CHARS = 20;
    private static final int MAX_HEADER_LINES = 200;

    private EventDateRule() {
    }

    static EventDate date(FrontMatter front, EventHeader header) {
        String written = front.text("date");
        List<String> labelled = new ArrayList<>();
        if (written != null) {
            labelled.add(written);
        }
        labelled.addAll(header.values(Label.DATE));
        labelled.addAll(header.values(Label.WHEN_WHERE));
        for (String value : labelled) {
            Optional<DateMention> first = DateMention.in(value).stream().findFirst();
            if (first.isPresent()) {
                return found(first.get());
            }
        }
        List<String> lines = header.lines();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_HEADER_LINES))) {
            for (DateMention m : DateMention.in(line)) {
                String before = line.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start());
                if (!NOT_THE_EVENT.matcher(before).find()) {
                    return found(m);
                }
            }
        }
        if (!labelled.isEmpty()) {
            return new EventDate(null, "The event date \"" + shorten(labelled.get(0))
                    + "\" could not be read; write it as \"15 September 2021\" or \"2021-09-15\".");
        }
        return new EventDate(null, "No event date was found; add a line such as \"Date: 15 September 2021\" to the note.");
    }

    private static EventDate found(DateMention m) {
        return m.date() != null ? new EventDate(m.date(), null) : impossible(m.written());
    }

    private static EventDate impossible(String written) {
        return new EventDate(null, "The event date \"" + written.strip()
                + "\" does not exist in the calendar; check the day and month and correct the note.");
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
