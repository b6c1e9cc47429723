package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.domain.Speaker;

/**
 * Whether the statements are in English, the language the newsletters are published in. Chinese
 * labels around English statements are fine (officers write "要点 Notes:"); statements mostly in another
 * script, or Latin-script text without English's common words, are kept and held for a translator.
 */
final class LanguageRule {

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "in", "is", "for", "on", "with", "that", "as", "by", "be", "are", "this", "will",
            "its", "it", "can", "has", "have", "from", "an", "a", "at", "more");

    private static final double MAX_OTHER_SCRIPT_SHARE = 0.3;
    private static final double MIN_ENGLISH_WORD_SHARE = 0.08;
    private static final int MIN_WORDS_TO_JUDGE = 20;

    private LanguageRule() {}

    /** A warning when the statements are not in English, else null. */
    static String warning(List<Speaker> speakers) {
        StringBuilder all = new StringBuilder();
        speakers.forEach(s -> all.append(s.statement()).append('\n'));
        String text = all.toString();
        long latin = 0;
        long other = 0;
        long han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        if (latin + other == 0) {
            return null;
        }
        if ((double) other / (latin + other) > MAX_OTHER_SCRIPT_SHARE) {
            String language = han * 2 > other ? "Chinese" : "a language other than English";
            return "The statements are written in " + language
                    + " (unsupported language); the item is held until an English version is added.";
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        if (words.length < MIN_WORDS_TO_JUDGE) {
            return null;
        }
        long english = 0;
        for (String w : words) {
            if (ENGLISH.contains(w)) {
                english++;
            }
        }
        if ((double) english / words.length < MIN_ENGLISH_WORD_SHARE) {
            return "The statements do not read as English (unsupported language); the item is held until an English version is added.";
        }
        return null;
    }
}
