package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Event names written inside running text or a headline: a run of capitalised words (with the small
 * words names use: "on", "of", "for", "and", "the", "in") that holds a word naming a kind of event, as
 * in "… at the Peatland Fire Prevention Forum in Pekanbaru" or "Kelp Forest Restoration Exchange draws
 * divers …".
 */
final class EventName {

    private static final Set<String> JOINERS =
            Set.of("on", "of", "for", "and", "the", "in", "to", "&", "at", "de", "between", "with");
    private static final int MIN_CAPITALISED = 2;
    private static final int MAX_WORDS = 16;

    private EventName() {}

    /** The event names in {@code text}, in order. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text.length() > 20_000) {
            return out;
        }
        String[] words = text.split("\\s+");
        int i = 0;
        while (i < words.length) {
            if (!isCapitalised(words[i])) {
                i++;
                continue;
            }
            int j = i;
            int lastCapital = i;
            while (j + 1 < words.length && j + 1 - i < MAX_WORDS) {
                String next = words[j + 1];
                if (isCapitalised(next) || next.matches("\\d{4}[:,.]?") || next.matches("\\d{1,2}(st|nd|rd|th)")) {
                    j++;
                    lastCapital = j;
                } else if (JOINERS.contains(next.toLowerCase(Locale.ROOT)) && !endsClause(words[j])) {
                    j++;
                } else {
                    break;
                }
                if (endsClause(words[j])) {
                    break;
                }
            }
            String run = withoutVenue(
                    clean(String.join(" ", java.util.Arrays.asList(words).subList(i, lastCapital + 1))));
            if (capitalised(run) >= MIN_CAPITALISED && TitleRule.isEventName(run)) {
                out.add(run);
            }
            i = lastCapital + 1;
        }
        return out;
    }

    private static final java.util.regex.Pattern AT_VENUE =
            java.util.regex.Pattern.compile("^(.+?)\\s+at\\s+(?:the\\s+)?\\p{Lu}.*$");

    /**
     * "Heat Action Forum at the Eastgate Community Hall": where a run reads as an event's name before
     * "at", what follows is where it was held, not part of the name. "Steadier Yields Under Solar Panels
     * at Western Field Forum" (a headline in title case): where only what follows "at" names an event,
     * and a few words of a story come before, the name is what follows.
     */
    static String withoutVenue(String run) {
        java.util.regex.Matcher m = AT_VENUE.matcher(run);
        if (m.matches() && capitalised(m.group(1)) >= MIN_CAPITALISED && TitleRule.isEventName(m.group(1))) {
            return m.group(1);
        }
        java.util.regex.Matcher h = AT_EVENT.matcher(run);
        if (h.matches()
                && h.group(1).split("\\s+").length >= 3
                && !TitleRule.isEventName(h.group(1))
                && capitalised(h.group(2)) >= MIN_CAPITALISED
                && TitleRule.isEventName(h.group(2))) {
            return h.group(2);
        }
        return run;
    }

    private static final java.util.regex.Pattern AT_EVENT =
            java.util.regex.Pattern.compile("^(.+?)\\s+at\\s+(?:the\\s+)?(\\p{Lu}.*)$");

    /** "Peatland Fire Prevention Forum in Pekanbaru": the name without a last "in/at Word", which may be a place or part of it. */
    static String withoutTrailingPlace(String name) {
        return name.replaceFirst("\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]+$", "");
    }

    private static boolean isCapitalised(String word) {
        String w = word.replaceAll("^[\"“‘'(]+", "");
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Vocabulary.MONTHS.contains(Vocabulary.key(w));
    }

    private static boolean endsClause(String word) {
        return word.endsWith(",")
                || word.endsWith(".")
                || word.endsWith(";")
                || word.endsWith(":")
                || word.endsWith(")")
                || word.endsWith("”")
                || word.endsWith("\"");
    }

    private static String clean(String run) {
        String r = run.replaceAll("^[\"“‘'(]+", "")
                .replaceAll("[,.;:)”\"’']+$", "")
                .strip();
        return r.replaceFirst("^(?:At|In|On|During|For|From|After|Before|Ahead of|Of)\\s+(?:the\\s+)?", "")
                .replaceFirst("^(?:The|This|Last week's|Last year's|This year's)\\s+", "");
    }

    private static int capitalised(String run) {
        int n = 0;
        for (String w : run.split("\\s+")) {
            if (isCapitalised(w)) {
                n++;
            }
        }
        return n;
    }
}
