package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * Where the event took place: front matter {@code location}, a "Venue:" line, or the place among the
 * facts of a "When/where:" line or a run-on first line ("15/9/2021, Beijing, hybrid"): the piece that
 * is neither a date nor a format nor the event's name.
 */
final class LocationRule implements FieldRule<String> {

    private static final int MAX_PLACE_WORDS = 4;

    @Override
    public Reading<String> read(NoteContext note) {
        String place = location(note.front(), note.header());
        return place == null ? Reading.none(null, List.of()) : Reading.of(place, -1, Reading.Evidence.HEADER_LINE);
    }

    static String location(FrontMatter front, EventHeader header) {
        String fromFront = front.text("location") != null ? front.text("location") : front.text("venue");
        if (fromFront != null) {
            return fromFront;
        }
        if (header.field(Label.LOCATION).isPresent()) {
            String place = RoleAndOrganization.tidy(header.field(Label.LOCATION).get());
            // "Where: Zoom webinar" says how, not where
            return "online".equals(EventFormatRule.classify(place)) ? null : place;
        }
        List<String> pieces = new ArrayList<>();
        header.values(Label.WHEN_WHERE).forEach(v -> pieces.addAll(List.of(v.split(","))));
        if (!header.lines().isEmpty() && !header.lines().get(0).startsWith("#")) {
            for (String segment : EventHeader.segments(header.lines().get(0))) {
                if (LabelledLine.parse(segment).isEmpty()) {
                    pieces.addAll(List.of(segment.split(",")));
                }
            }
        }
        for (String piece : pieces) {
            String p = RoleAndOrganization.tidy(piece);
            if (isPlace(p)) {
                return p;
            }
        }
        return venueInFormat(header);
    }

    /** "online & offline (Beijing venue)": the word before "venue" in a format line. */
    private static String venueInFormat(EventHeader header) {
        for (String value : header.values(Label.FORMAT)) {
            int i = value.indexOf(" venue");
            if (i > 0) {
                String before = value.substring(0, i);
                String place = before.substring(Math.max(before.lastIndexOf('('), before.lastIndexOf(' ')) + 1);
                if (isPlace(place)) {
                    return place;
                }
            }
        }
        return null;
    }

    /** Capitalised words only, no digits, not a format, not the event's name, no organization word. */
    private static boolean isPlace(String p) {
        if (p.isEmpty() || p.chars().anyMatch(Character::isDigit) || p.equals(p.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String[] words = p.split(" ");
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words.length <= MAX_PLACE_WORDS
                && EventFormatRule.classify(p) == null
                && !TitleRule.isEventName(p)
                && !Vocabulary.anyWordIn(p, Vocabulary.ORGANIZATION_WORDS)
                && LabelledLine.parse(p).isEmpty();
    }
}
