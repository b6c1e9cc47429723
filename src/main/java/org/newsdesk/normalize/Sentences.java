package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A paragraph cut into sentences where a full stop is followed by a capital, keeping "Dr." and "Ms." whole. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?。！？])\\s+(?=[\\p{Lu}\\p{IsHan}\"“])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i).*\\b(mr|ms|mrs|dr|prof|st|no|vol|amb|h\\.e|e\\.g|i\\.e|u\\.s|jr|sr|co|inc|ltd|dept|gov|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.$");

    private Sentences() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : END.split(text)) {
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(piece);
            if (!ABBREVIATION.matcher(piece).matches() && !piece.matches(".*\\b\\p{Lu}\\.$")) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
