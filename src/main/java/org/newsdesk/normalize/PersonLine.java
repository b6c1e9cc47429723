package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a short line names and what it says they are, in the forms officers type when no separator rule
 * fits: "PARK Jiwoo Harbour Research Institute", "Anna BERG & Ravi SINGH Blue Coast Foundation",
 * "WANG Li（Blue Coast Institute）", "Ms. Lakshmi Narayanan", "Tom Reed — Harbour Institute, Ministry
 * of Transport". A name needs evidence of being one: an honorific, or a family name in capitals or
 * known as a family name. Where the name ends without a separator, it ends after the family name
 * written in capitals, or after two words following an honorific.
 */
final class PersonLine {

    /** The people (one, or two sharing the line) and the details after them (may be empty). */
    record Reading(List<String> names, String details, boolean separated) {}

    private static final String[] SEPARATORS = {" — ", " – ", " -- ", " - ", " | ", ", ", " (", "（", "："};
    private static final int MAX_WORDS = 24;

    private PersonLine() {}

    static Optional<Reading> read(String text) {
        String t =
                Markup.strip(text).strip().replace("（", " (").replace("）", ")").replace("  (", " (");
        if (t.isEmpty()
                || t.length() > 200
                || t.split("\\s+").length > MAX_WORDS
                || t.endsWith(".") && !t.endsWith("Ltd.") && !t.endsWith("Inc.")
                || t.endsWith(":")
                || t.endsWith("?")) {
            return Optional.empty();
        }
        // a line written all in capitals says nothing by its capitals about where a name ends
        boolean shouted = t.equals(t.toUpperCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        String rest = t;
        while (true) {
            Optional<String[]> one = oneName(rest, shouted);
            if (one.isEmpty()) {
                break;
            }
            names.add(one.get()[0]);
            rest = one.get()[1];
            String lower = rest.toLowerCase(Locale.ROOT);
            if (lower.startsWith("& ") || lower.startsWith("and ")) {
                rest = rest.substring(rest.indexOf(' ') + 1).strip();
                continue;
            }
            break;
        }
        if (names.isEmpty()) {
            return separatedForm(t);
        }
        if (TitleRule.isEventName(rest.split("[\\s,]+")[0])) {
            // "SOUTH ASIA COMMUNITY HEAT CLINIC": the words run into the name of an event
            return Optional.empty();
        }
        boolean separated = false;
        for (String s : SEPARATORS) {
            if (rest.startsWith(s.strip()) || rest.startsWith(s)) {
                separated = true;
                rest = rest.substring(s.strip().length()).strip();
                if (s.contains("(") && rest.endsWith(")")) {
                    rest = rest.substring(0, rest.length() - 1).strip();
                }
                break;
            }
        }
        return Optional.of(new Reading(names, rest, separated));
    }

    /**
     * "Siobhán Ní Bhriain (Data Policy Officer, Celtic Seas Agency)", "Tom Reed — Harbour Institute": no name
     * evidence of its own, but the writer marked where the name ends and what follows reads as a job or an organisation.
     */
    private static Optional<Reading> separatedForm(String t) {
        for (String sep : List.of(" (", " — ", " – ", " | ")) {
            int i = t.indexOf(sep);
            if (i <= 0) {
                continue;
            }
            String name = t.substring(0, i).strip();
            String details = t.substring(i + sep.length()).strip();
            if (sep.equals(" (")) {
                if (!details.endsWith(")")) {
                    continue;
                }
                details = details.substring(0, details.length() - 1);
            }
            if (NameShape.looksLikeName(name) && HeaderText.isDetails(details)) {
                return Optional.of(new Reading(List.of(name), details, true));
            }
        }
        return Optional.empty();
    }

    /** The first name at the start of {@code text} and what follows it, or empty. */
    private static Optional<String[]> oneName(String text, boolean shouted) {
        String s = HonorificRule.withoutOfficeTitles(text);
        HonorificRule.Split h = HonorificRule.split(s);
        String prefix = s.substring(0, s.length() - h.rest().length());
        String[] words = h.rest().split("\\s+");
        int n = nameLength(words, h.honorific() != null, shouted);
        if (n == 0) {
            return Optional.empty();
        }
        String name = String.join(" ", List.of(words).subList(0, n)).replaceAll("[,:]$", "");
        if (!NameShape.looksLikeName(prefix + name)) {
            return Optional.empty();
        }
        String rest = String.join(" ", List.of(words).subList(n, words.length));
        if (words[n - 1].endsWith(",")) {
            rest = ", " + rest;
        }
        return Optional.of(new String[] {prefix + name, rest.strip()});
    }

    /** How many words make the name, by the evidence in it; 0 when nothing says it is a name. */
    private static int nameLength(String[] words, boolean honorific, boolean shouted) {
        int max = Math.min(words.length, 5);
        int end = 0;
        while (end < max && isNameWord(words[end])) {
            end++;
            if (words[end - 1].endsWith(",")) {
                break;
            }
        }
        if (end == 0) {
            return 0;
        }
        // the family name in capitals closes the name: "PARK Jiwoo", "Anna BERG", "Dimitri DE BOER"
        for (int i = 0; i < end && !shouted; i++) {
            if (isCapitals(words[i])) {
                int j = i;
                while (j + 1 < end && isCapitals(words[j + 1])) {
                    j++;
                }
                if (i == 0 && j == 0 && end > 1 && !isCapitals(words[1])) {
                    // "PARK Jiwoo ...", "TAN Wei Ming, Director": family name first, then a given name of one word,
                    // or of two when a separator or the end of the line follows the second
                    boolean twoGiven = end >= 3
                            && (words[2].endsWith(",")
                                    || words.length == 3
                                    || words.length > 3 && isSeparator(words[3]));
                    if (end == words.length && end <= 4) {
                        return end; // the name alone on its line: "PHAM Thi Thu Ha"
                    }
                    return words[1].endsWith(",") ? 2 : twoGiven ? 3 : 2;
                }
                // "Siti AMINAH binti Yusof", "Pieter VAN DER Berg": a particle and a name continue it
                int k = j + 1;
                while (k + 1 < words.length && NameCase.isParticle(words[k]) && isNameWord(words[k + 1])) {
                    k += 2;
                }
                return k;
            }
        }
        boolean known = false;
        for (int i = 0; i < Math.min(end, 3); i++) {
            known |= isFamilyName(words[i]);
        }
        if (!honorific && !known) {
            return 0;
        }
        // a name alone on its line is all of it ("Tan Wei Ming"); before other words, at most four words
        return end == words.length ? end : Math.min(end, 4);
    }

    private static boolean isSeparator(String word) {
        return word.equals("—") || word.equals("–") || word.equals("-") || word.equals("|") || word.startsWith("(");
    }

    private static boolean isNameWord(String word) {
        String w = word.replaceAll("[,:]$", "");
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        String key = Vocabulary.key(w);
        if (Vocabulary.ORGANIZATION_WORDS.contains(key)
                || Vocabulary.ROLE_WORDS.contains(key)
                || Vocabulary.NOT_NAME_WORDS.contains(key)
                || Vocabulary.EVENT_WORDS.contains(key)) {
            return false;
        }
        return Character.isUpperCase(w.charAt(0)) || NameCase.isParticle(w);
    }

    /** A family name written in capitals ("BERG", "PARK"), not an acronym such as "WWF" or "UNEP". */
    static boolean isCapitals(String word) {
        String w = word.replaceAll("[,:]$", "");
        if (w.length() < 2
                || !w.equals(w.toUpperCase(Locale.ROOT))
                || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
            return false;
        }
        return isFamilyName(w)
                || w.length() >= 3
                        && !w.startsWith("UN")
                        && w.chars().anyMatch(c -> "AEIOUYÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜ".indexOf(c) >= 0);
    }

    private static boolean isFamilyName(String word) {
        return Vocabulary.FAMILY_NAMES.contains(word.replaceAll("[,:]$", "").toLowerCase(Locale.ROOT));
    }
}
