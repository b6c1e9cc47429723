package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * A role or an organisation that swallowed part of a sentence ("opened the session by video. She"):
 * it holds a pronoun, a reporting verb or a full stop between words, or is far longer than a job or a
 * name of an organisation.
 */
final class DetailsSwallowedAClause implements ItemCheck {

    private static final Set<String> PRONOUNS =
            Set.of("she", "he", "they", "his", "her", "their", "we", "our", "i", "it", "its");
    private static final Set<String> CLAUSE_VERBS = Set.of(
            "opened",
            "closed",
            "said",
            "noted",
            "delivered",
            "gave",
            "joined",
            "spoke",
            "presented",
            "welcomed",
            "introduced",
            "explained",
            "stressed",
            "was",
            "were",
            "is",
            "are",
            "has",
            "have",
            "will",
            "would",
            "shared",
            "told",
            "took",
            "made",
            "called",
            "urged",
            "added",
            "highlighted",
            "moderated",
            "chaired",
            "argued",
            "believes",
            "thinks");
    private static final Set<String> CLAUSE_START = Set.of(
            "during", "after", "before", "while", "when", "at", "in", "on", "for", "with", "about", "who", "which",
            "and", "but", "because", "since", "where", "as", "to", "by", "from", "amid", "despite", "then");
    private static final int MAX_ROLE_WORDS = 16;
    private static final int MAX_ORGANIZATION_WORDS = 16;

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (int k = 0; k < item.speakers().size(); k++) {
            Speaker s = item.speakers().get(k);
            check(s.role(), "speakers[" + k + "].role", MAX_ROLE_WORDS, note, k, out);
            check(s.organization(), "speakers[" + k + "].organization", MAX_ORGANIZATION_WORDS, note, k, out);
        }
        return out;
    }

    private static void check(
            String value, String field, int maxWords, NoteContext note, int speaker, List<Warning> out) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (swallowedAClause(value, maxWords)) {
            out.add(Warning.at(
                    "details-swallowed-clause",
                    field,
                    SpeakerIsAPerson.line(note, speaker),
                    "\"" + shorten(value)
                            + "\" reads as part of a sentence, not as a "
                            + (field.endsWith("role") ? "job title" : "name of an organisation")
                            + "; correct it."));
        }
    }

    static boolean swallowedAClause(String value, int maxWords) {
        String[] words = value.split("\\s+");
        if (CLAUSE_START.contains(words[0])) {
            return true; // "during a break in the symposium", "after her session"
        }
        if (words[0].matches("\\p{Ll}+ing")) {
            return true; // "joining online from Bolzano", "speaking for the network"
        }
        if (words.length > maxWords
                || value.matches(".*\\p{Ll}\\.\\s+\\p{Lu}.*")
                || value.contains("“")
                || value.contains("\"")) {
            return true;
        }
        for (String w : words) {
            String key = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (PRONOUNS.contains(key) && !w.equals("IT") || CLAUSE_VERBS.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
