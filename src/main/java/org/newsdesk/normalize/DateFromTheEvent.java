package org.newsdesk.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The event date must come from something that dates the event. A date read only because it was the
 * first in the header is doubtful when a sentence of the note dates the event otherwise, or when the
 * header writes several different dates and no label says which is the event's. A day written without
 * a year ("on Tuesday, Dec. 8") counts, in the year of the date read.
 */
final class DateFromTheEvent implements ItemCheck {

    private static final Pattern EVENT_WORDS = Pattern.compile(
            "(?i)\\b(held|took place|convened|opened|kicked off|gathered|hosted|organi[sz]ed|met|launched|forum|workshop|webinar"
                    + "|dialogue|meeting|session|conference|symposium|roundtable|seminar|training|event)\\b");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        Reading<LocalDate> date = readings.date();
        if (item.date() == null || date.evidence() != Reading.Evidence.HEADER_LINE) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > 5_000 || i == date.line() || note.isSpeakersPart(i)) {
                continue;
            }
            // "on Tuesday, Dec. 8": a day without a year, in the year of the date read
            List<DateMention> mentions = new java.util.ArrayList<>(DateMention.in(line));
            mentions.addAll(DateMention.withoutYear(line, item.date().getYear()));
            for (DateMention m : mentions) {
                if (m.date() != null
                        && !m.date().equals(item.date())
                        && EVENT_WORDS.matcher(line).find()) {
                    return List.of(Warning.at(
                            "date-uncertain",
                            "date",
                            note.lineNumber(i),
                            "The event date " + item.date()
                                    + " was taken from the header, but the note also writes "
                                    + m.written().strip()
                                    + " about the event; confirm which day it took place (\"Date: …\")."));
                }
            }
        }
        return List.of();
    }
}
