package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People a sentence reports as speaking: "Dr. Ravi Singh, Chief Engineer, Delta Port Authority, said
 * that …", "Ms. Anna Berg explained …", "“…,” said Tom Reed". Used by the self-checks to find words of
 * one person under another's name, and speakers the reader missed.
 */
final class Attribution {

    private static final String HONORIFIC = "(?:Mr|Ms|Mrs|Dr|Prof|Professor|H\\.E|Amb|Dato'?|Datuk|Sheikh|Eng)\\.?";
    private static final String NAME_WORD = "(?:(?:al|el|ibn|abu|bin|d)[-'’])?\\p{Lu}[\\p{L}'’-]{1,25}";
    private static final String VERB = verbs();
    /** "Dr. Ravi Singh[, apposition,] said": an honorific and a name, then a reporting verb. */
    private static final Pattern HONORIFIC_NAME = Pattern.compile("(?:^|[,;:]\\s|\\.\\s|\\b(?:and|when|while|then)\\s)("
            + HONORIFIC + "(?:\\s" + HONORIFIC + ")?\\s" + NAME_WORD
            + "(?:\\s(?:" + NAME_WORD + "|bin|binti|de|van|der|al|da|dos|del)){0,4})(?:\\s?\\([^)]{1,80}\\))?"
            + "(?:,\\s[^.;]{2,160}?,)?\\s(?:also\\s|further\\s|then\\s)?(?:" + VERB + ")\\b");
    /** "Tom Reed, Senior Analyst at X, noted that": two or more capitalised words, an apposition, a verb and "that". */
    private static final Pattern PLAIN_NAME = Pattern.compile("(?:^|\\.\\s)(" + NAME_WORD + "(?:\\s" + NAME_WORD
            + "){1,3}),\\s[^.;]{2,160}?,\\s(?:also\\s)?(?:" + VERB + ")\\s(?:that|how)\\b");

    /** "…,” said Ms. Aigerim Bekova": the verb before the name, after a quotation. */
    private static final Pattern VERB_NAME =
            Pattern.compile("[,”\"’']\\s{0,3}(?:said|noted|added|stressed|explained|according to)\\s(" + HONORIFIC
                    + "(?:\\s" + HONORIFIC + ")?\\s" + NAME_WORD + "(?:\\s(?:" + NAME_WORD
                    + "|bin|binti|de|van|der|al|da|dos|del)){0,4})");

    /** "According to Mr. Juma Mwangi, who heads …, illegal cutting fell": a report without a verb of saying. */
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s(" + "(?:" + HONORIFIC + "\\s)?"
            + NAME_WORD + "(?:\\s(?:" + NAME_WORD + "|bin|binti|de|van|der|al|da|dos|del)){1,4}),");

    private Attribution() {}

    private static String verbs() {
        List<String> v = new ArrayList<>(Vocabulary.SPEECH_VERBS);
        v.sort((a, b) -> b.length() - a.length());
        return String.join("|", v.stream().map(Pattern::quote).toList());
    }

    /** The names of people the text reports as speaking, in order. */
    static List<String> speakersIn(String text) {
        List<String> out = new ArrayList<>();
        if (text.length() > 20_000) {
            return out;
        }
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        Matcher v = VERB_NAME.matcher(text);
        while (v.find()) {
            out.add(v.group(1));
        }
        Matcher a = ACCORDING_TO.matcher(text);
        while (a.find()) {
            if (NameShape.looksLikeName(a.group(1))) {
                out.add(a.group(1));
            }
        }
        Matcher p = PLAIN_NAME.matcher(text);
        while (p.find()) {
            String name = p.group(1);
            if (NameShape.looksLikeName(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether two written names can be the same person: a word of one is a word of the other ("Dr. Niran" and "Niran Somchai"). */
    static boolean samePerson(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        for (String w : wa) {
            if (wb.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        String rest = HonorificRule.split(
                        name.replaceAll("(?i)\\b(H\\.E\\.|Amb\\.|Dato'?|Dato’|Datuk|Sheikh|Eng\\.)\\s*", ""))
                .rest();
        List<String> out = new ArrayList<>();
        for (String w : rest.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (w.length() > 1 && !NameCase.isParticle(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
