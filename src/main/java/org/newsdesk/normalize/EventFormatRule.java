package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * online, offline or hybrid, from how the note puts it: "hybrid", "online & offline", "both online and
 * offline", "线上线下结合" are hybrid; "webinar", "Zoom", "线上" online; "in person", "线下" offline.
 * Front matter and a "Format:" line are read first, then the rest of the event header. Null when the
 * note does not say.
 */
final class EventFormatRule implements FieldRule<String> {

    /** Streaming an event means people were there and online: "live-streamed for online participants". */
    private static final List<String> HYBRID = List.of(
            "hybrid",
            "线上线下",
            "線上線下",
            "线上+线下",
            "混合",
            "live-streamed",
            "livestreamed",
            "live streamed",
            "streamed online",
            "streamed live",
            "live stream",
            "livestream",
            "webcast live");

    private static final List<String> ONLINE = List.of(
            "online",
            "on-line",
            "virtual",
            "webinar",
            "zoom",
            "video conference",
            "videoconference",
            "teams meeting",
            "video call",
            "video-call",
            "videocall",
            "conference call",
            "teleconference",
            "google meet",
            "webex",
            "skype",
            "microsoft teams",
            "ms teams",
            "video link",
            "线上",
            "線上",
            "网络会议",
            "視訊",
            "视频会议");
    private static final List<String> OFFLINE = List.of(
            "offline",
            "off-line",
            "in person",
            "in-person",
            "on-site",
            "onsite",
            "face-to-face",
            "face to face",
            "in the hall",
            "in the room",
            "on site",
            "线下",
            "線下",
            "现场",
            "現場");

    /** "in Kunming and online", "online and in Vientiane": a venue and a stream. */
    private static final Pattern PLACE_AND_ONLINE = Pattern.compile(
            "\\b(?:in|at) \\p{Lu}[\\p{L}-]{1,30}(?: \\p{Lu}[\\p{L}-]{1,30})? (?:and|&|\\+) online|online (?:and|&|\\+) (?:in|at) \\p{Lu}");

    /** A sentence about how people took part: where "online" describes the event, not a statement's topic. */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?i)\\b(held|took place|joined|participants?|attendees?|attended|streamed|live-?streamed|broadcast|convened|hosted"
                    + "|gathered|in person|in-person|hybrid|virtual(?:ly)?|(?:via|on) (?:zoom|teams|webex)|online)\\b");

    @Override
    public Reading<String> read(NoteContext note) {
        String inHeader = format(note.front(), note.header());
        if (inHeader != null) {
            return Reading.of(inHeader, -1, Reading.Evidence.HEADER_LINE);
        }
        List<String> lines = note.bodyLines();
        boolean online = false;
        boolean offline = false;
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (note.isSpeakersPart(i) || line.isBlank() || line.length() > 5_000) {
                continue;
            }
            for (String sentence : Sentences.of(line)) {
                if (!ATTENDANCE.matcher(sentence).find()) {
                    continue;
                }
                String f = classify(sentence);
                if (f != null) {
                    at = at < 0 ? i : at;
                    online |= !f.equals("offline");
                    offline |= !f.equals("online");
                }
            }
        }
        if (at < 0) {
            return Reading.none(null, List.of());
        }
        String f = online && offline ? "hybrid" : online ? "online" : "offline";
        return Reading.of(f, at, Reading.Evidence.SENTENCE);
    }

    static String format(FrontMatter front, EventHeader header) {
        List<String> sources = new ArrayList<>();
        if (front.text("format") != null) {
            sources.add(front.text("format"));
        }
        sources.addAll(header.values(Label.FORMAT));
        sources.addAll(header.values(Label.WHEN_WHERE));
        sources.addAll(header.values(Label.LOCATION));
        sources.addAll(header.values(Label.DATE)); // "When: Thursday 19 June 2025, 14:00-15:30, on Zoom"
        sources.add(String.join("\n", header.unlabelledLines()));
        for (String source : sources) {
            String format = classify(source);
            if (format != null) {
                return format;
            }
        }
        return null;
    }

    static String classify(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean online = containsAny(t, ONLINE);
        boolean offline = containsAny(t, OFFLINE);
        if (containsAny(t, HYBRID)
                || online && offline
                || online && PLACE_AND_ONLINE.matcher(text).find()) {
            return "hybrid";
        }
        return online ? "online" : offline ? "offline" : null;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            int i = text.indexOf(w);
            while (i >= 0) {
                boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1)) || w.charAt(0) > 0x2E7F;
                int end = i + w.length();
                boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end)) || w.charAt(0) > 0x2E7F;
                if (startOk && endOk) {
                    return true;
                }
                i = text.indexOf(w, i + 1);
            }
        }
        return false;
    }
}
