package org.newsdesk.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * No format was read, yet a sentence says how people took part ("joined online", "live-streamed",
 * "in person"): the event may be online or hybrid. Or a format was read as offline (online) while a line
 * outside the statements says people also followed online (were in the room): it may be hybrid.
 */
final class FormatNamedInText implements ItemCheck {

    private static final Pattern TAKING_PART = Pattern.compile(
            "(?i)\\b(joined (?:online|virtually|remotely|by video)|live-?streamed|streamed (?:online|live)|webcast|(?:via|on|over) (?:zoom|teams|webex|google meet|skype)|webinar"
                    + "|online participants|participants online|in-person and online|hybrid|virtual(?:ly)? participants)\\b");

    /** Words for taking part from afar, outside what a speaker said: an "offline" event was streamed too. */
    private static final Pattern REMOTE = Pattern.compile(
            "(?i)\\b(joined (?:online|virtually|remotely|by video)|live-?streamed|streamed (?:online|live)|webcast"
                    + "|followed (?:online|the live ?stream|remotely)|online participants|participants online"
                    + "|in-person and online|(?:in person|on site) and online|hybrid)\\b");
    /** Words for being there in person: an "online" event had a room too. */
    private static final Pattern IN_THE_ROOM = Pattern.compile(
            "(?i)\\b(in person|in-person|on site|on-site|in the (?:hall|room|auditorium)|face-to-face|hybrid)\\b");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (item.format() != null) {
            return disagrees(item.format(), note);
        }
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() < 5_000
                    && TAKING_PART.matcher(lines.get(i)).find()) {
                return List.of(
                        Warning.at(
                                "format-unread",
                                "format",
                                note.lineNumber(i),
                                "The note says how people took part, but no format was read; write \"Format: online|in person|hybrid\"."));
            }
        }
        return List.of();
    }

    /** A format read as "offline" or "online" while a line outside the statements says people also took part the other way. */
    private static List<Warning> disagrees(String format, NoteContext note) {
        Pattern other = format.equals("offline") ? REMOTE : format.equals("online") ? IN_THE_ROOM : null;
        if (other == null) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            // a remark in brackets among the statements ("(joined by video link)") is the writer's, not a speaker's
            boolean remark = lines.get(i).strip().matches("\\(.*\\)");
            if (lines.get(i).length() < 5_000 && (!note.isSpeakersPart(i) || remark)) {
                var m = other.matcher(lines.get(i));
                if (m.find()) {
                    return List.of(Warning.at(
                            "format-disagrees",
                            "format",
                            note.lineNumber(i),
                            "The format was read as " + format + ", but the note also says \"" + m.group(1)
                                    + "\"; it may be hybrid. Confirm the format."));
                }
            }
        }
        return List.of();
    }
}
