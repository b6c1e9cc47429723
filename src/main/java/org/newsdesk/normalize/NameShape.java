package org.newsdesk.normalize;

import java.util.Locale;

/**
 * Whether a short piece of text is a person's name as officers write them: "Chen Zhihua", "ZHANG YAN",
 * "li nan", "Dimitri DE BOER", "王芳". Two to five words (one with an honorific), no job-title or
 * organization words, no digits. Deliberately strict: a false name turns a sentence into a speaker.
 */
final class NameShape {

    private static final java.util.regex.Pattern JOINED_PARTICLE = java.util.regex.Pattern.compile(
            "(?:al|el|ad|an|ar|as|at|az|ash|ibn|bin|abu|bint|d|l|dell|dall)[-'’]\\p{Lu}\\p{L}+");

    private NameShape() {}

    static boolean looksLikeName(String text) {
        return looksLikeName(text, false);
    }

    /**
     * "li nan" is a name only where the layout says a name stands (a line of its own above a title);
     * elsewhere two lower-case words are far more often the start of a sentence or list item.
     */
    static boolean looksLikeName(String text, boolean lowerCaseAllowed) {
        if (text == null) {
            return false;
        }
        HonorificRule.Split split = HonorificRule.split(text);
        String name = split.rest();
        if (name.isEmpty() || name.length() > 60) {
            return false;
        }
        if (isChineseName(name) || ChinesePersonText.isTransliterated(name)) {
            return true; // "王芳", "本通·西萨万"
        }
        String[] words = name.split(" ");
        int min = split.honorific() != null ? 1 : 2;
        if (words.length < min || words.length > 5) {
            return false;
        }
        boolean allLower = name.equals(name.toLowerCase(Locale.ROOT));
        if (allLower && !lowerCaseAllowed) {
            return false;
        }
        for (String word : words) {
            if (!isNameWord(word, allLower)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameWord(String word, boolean allLower) {
        if (word.isEmpty() || word.length() > 20) {
            return false;
        }
        String key = Vocabulary.key(word);
        if (Vocabulary.NOT_NAME_WORDS.contains(key)
                || Vocabulary.ROLE_WORDS.contains(key)
                || Vocabulary.ORGANIZATION_WORDS.contains(key)
                || Vocabulary.EVENT_WORDS.contains(key)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean allowed =
                    Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || (c == '.' && i == word.length() - 1);
            if (!allowed) {
                return false;
            }
        }
        if (!Character.isLetter(word.charAt(0))) {
            return false;
        }
        // a lower-case word inside a capitalised name must be a particle such as "de" or "van", or joined to one:
        // "al-Qasimi"
        return allLower
                || Character.isUpperCase(word.charAt(0))
                || NameCase.isParticle(word)
                || JOINED_PARTICLE.matcher(word).matches();
    }

    static boolean isChineseName(String text) {
        int n = text.codePointCount(0, text.length());
        if (n < 2 || n > 4) {
            return false;
        }
        if (Vocabulary.CHINESE_HEADING_WORDS.stream().anyMatch(text::contains)) {
            return false;
        }
        return text.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '·');
    }
}
