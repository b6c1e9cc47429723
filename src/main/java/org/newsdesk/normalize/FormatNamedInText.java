package org.newsdesk.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * No format was read, yet a sentence says how people took part ("joined online", "live-streamed",
 * "in person"): the event may be online or hybrid.
 */
final class FormatNamedInText implements ItemCheck {

    private static final Pattern TAKING_PART = Pattern.compile(
            "(?i)\\b(joined (?:online|virtually|remotely|by video)|live-?streamed|streamed (?:online|live)|webcast|(?:via|on|over) (?:zoom|teams|webex|google meet|skype)|webinar"
                    + "|online participants|participants online|in-person and online|hybrid|virtual(?:ly)? participants)\\b");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (item.format() != null) {
            return List.of();
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
}
