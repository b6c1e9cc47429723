package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;

/**
 * The covering words of a mailed note: the greeting paragraph and the one after it ("Hi team, / last
 * batch of notes below ..."), and everything from the sign-off ("thx,") to the end. Names in these
 * lines are colleagues, not speakers, and their sentences are not the event summary.
 *
 * @param greetingEnd first line after the greeting and its message, 0 when the note has no greeting
 * @param signOff     first line of the sign-off, or the number of lines when there is none
 */
record CoverLetter(int greetingEnd, int signOff) {

    private static final List<String> GREETINGS =
            List.of("hi", "hello", "dear", "hey", "good morning", "good afternoon", "各位", "大家好", "您好", "你好");

    static CoverLetter of(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        int greetingEnd = 0;
        if (first < lines.size() && isGreeting(lines.get(first))) {
            int i = endOfParagraph(lines, first);
            int message = i;
            while (message < lines.size() && lines.get(message).isBlank()) {
                message++;
            }
            // the message after the greeting belongs to the cover unless it already starts the notes
            if (message < lines.size() && LabelledLine.parse(lines.get(message)).isEmpty()) {
                i = endOfParagraph(lines, message);
            }
            greetingEnd = i;
        }
        int signOff = lines.size();
        for (int i = lines.size() - 1; i >= greetingEnd && i >= lines.size() - 12; i--) {
            if (EditorialRemark.isSignOff(lines.get(i))) {
                signOff = i;
            }
        }
        return new CoverLetter(greetingEnd, signOff);
    }

    boolean contains(int line) {
        return line < greetingEnd || line >= signOff;
    }

    private static boolean isGreeting(String line) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 60) {
            return false;
        }
        for (String g : GREETINGS) {
            boolean latin = g.charAt(0) < 0x80;
            if (t.startsWith(g) && (!latin || t.length() == g.length() || !Character.isLetter(t.charAt(g.length())))) {
                return true;
            }
        }
        return false;
    }

    private static int endOfParagraph(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
