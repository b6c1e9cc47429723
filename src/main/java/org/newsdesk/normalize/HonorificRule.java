package org.newsdesk.normalize;

import java.util.Locale;
import java.util.Map;

/**
 * The honorific a note writes before (or, in Chinese, after) a name, in the house spelling: "mr." and
 * "MR" become "Mr.", "Professor" becomes "Prof.", "王芳女士" becomes "Ms." + "王芳". A name without one
 * keeps none: the newsletter never invents a title.
 */
final class HonorificRule {

    /** The honorific (or null) and the rest of the text after it. */
    record Split(String honorific, String rest) {}

    private static final Map<String, String> LEADING = Map.of(
            "mr", "Mr.", "ms", "Ms.", "mrs", "Mrs.", "miss", "Ms.", "dr", "Dr.", "prof", "Prof.", "professor", "Prof.");

    private static final Map<String, String> TRAILING_CHINESE =
            Map.of("先生", "Mr.", "女士", "Ms.", "博士", "Dr.", "教授", "Prof.");

    private HonorificRule() {}

    /** The house spelling of an honorific written as {@code word} ("mrs", "Dr", "Professor"), or null. */
    static String canonical(String word) {
        return LEADING.get(word.toLowerCase(Locale.ROOT));
    }

    static Split split(String text) {
        String s = withoutOfficeTitles(text.strip());
        int end = 0;
        while (end < s.length() && end < 12 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String word = s.substring(0, end).toLowerCase(Locale.ROOT);
        String canonical = LEADING.get(word);
        if (canonical != null && end < s.length()) {
            int restStart = end;
            if (s.charAt(restStart) == '.') {
                restStart++;
            }
            // "Mr." must be followed by a space; "Drew" or "Msomi" are names, not titles
            if (restStart < s.length() && s.charAt(restStart) == ' ') {
                return new Split(canonical, s.substring(restStart).strip());
            }
        }
        for (Map.Entry<String, String> e : TRAILING_CHINESE.entrySet()) {
            if (s.length() > e.getKey().length() + 1 && s.endsWith(e.getKey())) {
                return new Split(
                        e.getValue(),
                        s.substring(0, s.length() - e.getKey().length()).strip());
            }
        }
        return new Split(null, s);
    }

    /**
     * "H.E. Dr. Losana Vunibola" → "Dr. Losana Vunibola", "Dato' Noraini Salleh" → "Noraini Salleh": titles
     * of office or rank are neither an honorific nor part of the name.
     */
    static String withoutOfficeTitles(String text) {
        String s = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            String lower = s.toLowerCase(Locale.ROOT);
            for (String t : Vocabulary.OFFICE_TITLES) {
                if (lower.startsWith(t) && s.length() > t.length() + 1 && s.charAt(t.length()) == ' ') {
                    s = s.substring(t.length() + 1).strip();
                    changed = true;
                    break;
                }
            }
        }
        // "Prof. Dr. Anneliese Vogt": the first honorific counts, the second is dropped
        Split first = splitOnce(s);
        if (first.honorific() != null) {
            Split second = splitOnce(first.rest());
            if (second.honorific() != null) {
                return s.substring(0, s.length() - first.rest().length()) + second.rest();
            }
        }
        return s;
    }

    private static Split splitOnce(String s) {
        int end = 0;
        while (end < s.length() && end < 12 && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String canonical = LEADING.get(s.substring(0, end).toLowerCase(Locale.ROOT));
        if (canonical != null && end < s.length()) {
            int restStart = s.charAt(end) == '.' ? end + 1 : end;
            if (restStart < s.length() && s.charAt(restStart) == ' ') {
                return new Split(canonical, s.substring(restStart).strip());
            }
        }
        return new Split(null, s);
    }

    static boolean startsWithHonorific(String text) {
        return split(text).honorific() != null;
    }
}
