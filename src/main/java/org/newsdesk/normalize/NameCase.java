package org.newsdesk.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Names in the case a newsletter prints them, in the note's own word order: "WANG Qian" becomes
 * "Wang Qian", "liu zhe" becomes "Liu Zhe", "Dimitri DE BOER" becomes "Dimitri de Boer". Words the
 * note already writes in mixed case ("McKinsey", "DeSouza") are kept as they are.
 */
final class NameCase {

    /** Particles printed in lower case inside a Western name. */
    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "binti", "al", "los",
            "las", "dos", "das", "do", "y", "ten", "ter", "op");

    private NameCase() {}

    static String normalise(String name) {
        String[] words = name.strip().split("\\s+");
        boolean someWordMixedCase = false;
        for (String w : words) {
            someWordMixedCase |= !isSingleCase(w);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            // "Dimitri DE BOER" → "de"; but "NGUYEN VAN HUNG" and "Pham Van Duc" are Vietnamese names, not particles
            boolean writtenLower = word.equals(word.toLowerCase(Locale.ROOT));
            boolean particle = i > 0
                    && i < words.length - 1
                    && PARTICLES.contains(word.toLowerCase(Locale.ROOT))
                    && (writtenLower || someWordMixedCase && word.equals(word.toUpperCase(Locale.ROOT)));
            if (particle) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else if (isSingleCase(word)) {
                out.append(capitalise(word));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isSingleCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) || word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** Upper case after a start, a hyphen or an apostrophe: "JEAN-PIERRE" → "Jean-Pierre", "O'NEILL" → "O'Neill". */
    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }
}
