package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * Holds an item whose prose (lead, statements, section paragraphs) uses a word that looks like
 * shorthand no one knows: a lower-case word of two to five letters without a vowel ("mgmt", "mtg"),
 * or a lower-case word with a slash and one letter or none on a side ("w/", "b/c", "n/a"). Words of the
 * publication's glossary (the issue expands them), units, Roman numerals and the few real words of
 * {@link Vocabulary#SHORT_WORDS_NOT_SHORTHAND} pass; so do words with a capital or a digit (acronyms,
 * names, "1st") and anything in a URL or an e-mail address.
 */
final class UnknownShorthand implements ItemCheck {

    private static final Pattern WORD = Pattern.compile("[^\\s\"“”‘’'()\\[\\],;:!?]+");
    private static final Pattern LINK = Pattern.compile("(?i)://|^www\\.|@");
    private static final Pattern NO_VOWEL = Pattern.compile("[b-df-hj-np-tv-xz]{2,5}");
    private static final Pattern SLASHED = Pattern.compile("\\p{Ll}?/\\p{Ll}*|\\p{Ll}*/\\p{Ll}?");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]+");

    private final Map<String, Set<String>> glossaryByPublication = new HashMap<>();

    UnknownShorthand(List<KnownPublication> publications) {
        for (KnownPublication p : publications) {
            Set<String> terms = new HashSet<>();
            p.glossaryTerms().forEach(t -> terms.add(t.strip().toLowerCase(Locale.ROOT)));
            glossaryByPublication.put(p.id(), terms);
        }
    }

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        Set<String> glossary = glossaryByPublication.getOrDefault(item.publication(), Set.of());
        List<Warning> out = new ArrayList<>();
        report(item.lead(), "lead", "the lead", glossary, note, out);
        for (int i = 0; i < item.speakers().size(); i++) {
            Speaker s = item.speakers().get(i);
            report(s.statement(), "speakers[" + i + "].statement", s.name() + "'s statement", glossary, note, out);
        }
        for (int i = 0; i < item.sections().size(); i++) {
            Section section = item.sections().get(i);
            report(
                    String.join("\n\n", section.paragraphs()),
                    "sections[" + i + "].paragraphs",
                    "the section \"" + section.heading() + "\"",
                    glossary,
                    note,
                    out);
        }
        return out;
    }

    private static void report(
            String text, String field, String where, Set<String> glossary, NoteContext note, List<Warning> out) {
        for (String term : unknown(text, glossary)) {
            out.add(new Warning(
                    "shorthand-unknown",
                    field,
                    lineOf(note, term),
                    "\"" + term + "\" in " + where + " looks like shorthand the publication's glossary does not"
                            + " know: write it out, or have it added to the glossary (house_style) of the profile."));
        }
    }

    /** The words of {@code text} that look like shorthand and the glossary does not know, each once, in order. */
    static Set<String> unknown(String text, Set<String> glossary) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.length() > 100_000) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("^[.\\-–—]+|[.\\-–—]+$", "");
            if (looksLikeShorthand(word) && !glossary.contains(word) && !glossary.contains(word + ".")) {
                out.add(word);
            }
        }
        return out;
    }

    static boolean looksLikeShorthand(String word) {
        if (word.isEmpty()
                || LINK.matcher(word).find()
                || !word.equals(word.toLowerCase(Locale.ROOT))
                || word.chars().anyMatch(Character::isDigit)
                || Vocabulary.SHORT_WORDS_NOT_SHORTHAND.contains(word)) {
            return false;
        }
        if (word.contains("/")) {
            return SLASHED.matcher(word).matches() && word.chars().anyMatch(Character::isLetter);
        }
        return NO_VOWEL.matcher(word).matches() && !ROMAN.matcher(word).matches();
    }

    private static Integer lineOf(NoteContext note, String term) {
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(term) + "(?![\\p{L}])");
        for (int i = 0; i < note.lines().size(); i++) {
            if (p.matcher(note.lines().get(i)).find()) {
                return note.lineNumber(i);
            }
        }
        return null;
    }
}
