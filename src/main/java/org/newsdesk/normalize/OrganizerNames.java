package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of bodies as running text writes them ("the Mekong River Secretariat", "Reef Watch Network and the
 * Harbour Foundation"), the words around them that say a body organised or paid for an event, and whether two
 * spellings name the same body. Shared by the organiser self-checks.
 */
final class OrganizerNames {

    private OrganizerNames() {}

    /** Words that end the name of a body: two of them in one organiser may be two names glued together. */
    static final Set<String> HEAD_WORDS = Set.of(
            "centre",
            "center",
            "institute",
            "foundation",
            "council",
            "society",
            "office",
            "association",
            "agency",
            "fund",
            "bank",
            "group",
            "commission",
            "network",
            "alliance",
            "authority",
            "bureau",
            "secretariat",
            "trust",
            "partnership",
            "programme",
            "program",
            "platform",
            "board",
            "facility",
            "hub",
            "cooperative",
            "union",
            "federation",
            "coalition",
            "initiative",
            "ministry",
            "department",
            "university",
            "academy",
            "administration",
            "conservancy",
            "company",
            "corporation",
            "consortium",
            "observatory",
            "collective");

    /** Words that say a body hosted, organised or convened the event. */
    static final Pattern ORGANISING = Pattern.compile(
            "(?i)\\b(?:co-?)?(?:host(?:s|ed|ing)?|organi[sz](?:ed|es|ing|ers?)|conven(?:ed|es|ing|ers?|ors?))\\b");

    /** Words that say a body paid for or supported the event without organising it. */
    static final Pattern FUNDING = Pattern.compile(
            "(?i)\\b(?:funded|financed|paid for|underwritten|bankrolled)\\s+by\\b|\\bfunding\\s+(?:came\\s+)?from\\b"
                    + "|\\bgrants?\\s+from\\b|\\bwith\\s+(?:the\\s+)?(?:generous\\s+|financial\\s+|kind\\s+)?(?:support|funding|sponsorship)"
                    + "\\s+(?:of|from)\\b|\\b(?:funders?|donors?|financial\\s+supporters?)\\s*[:：]"
                    + "|\\b(?:provided|gave|contributed)\\s+(?:the\\s+)?(?:funding|funds|a\\s+grant|financial\\s+support)\\b"
                    + "|(?<!co-)\\bsponsored\\s+by\\b|(?<!co-)\\bsponsors?\\s*[:：]");

    private static final Pattern NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*|of|for|and|the|on|de|du|des|la|del|&|\\(\\p{Lu}+\\)))*");

    /** The names of bodies a piece of text writes: capitalised runs with a word that makes them a body. */
    static List<Span> bodies(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String run = m.group();
            int start = m.start();
            // "The Blue Coast Institute and the Harbour Foundation": drop the article and a trailing joiner
            String trimmed = run.replaceFirst("^(?:The|This|These|Our)\\s+", "");
            start += run.length() - trimmed.length();
            trimmed = trimmed.replaceFirst("(?:\\s+(?:of|for|and|the|on|de|du|des|la|del|&))+$", "");
            for (String part : splitAtAnd(trimmed)) {
                int at = text.indexOf(part, start);
                if (isBody(part)) {
                    out.add(new Span(part, at, at + part.length()));
                }
            }
        }
        return out;
    }

    private static List<String> splitAtAnd(String run) {
        List<String> out = new ArrayList<>();
        for (String piece : run.split("\\s+(?:and|&)\\s+(?:the\\s+)?")) {
            if (!out.isEmpty() && !isBody(piece)) {
                // "Ministry of Ecology and Environment": the part after "and" is not a body of its own
                out.set(out.size() - 1, run.substring(0, run.indexOf(piece, 0) + piece.length()));
            } else {
                out.add(piece);
            }
        }
        if (out.stream().anyMatch(p -> !isBody(p))) {
            return List.of(run);
        }
        return out;
    }

    /** Two words or more, one of them a word that makes a phrase a body. */
    static boolean isBody(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (HEAD_WORDS.contains(lower) || Vocabulary.ORGANIZATION_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is among the organisers: the same words, one inside the other, or its acronym. */
    static boolean among(String name, List<String> organizers) {
        String n = key(name);
        for (String o : organizers) {
            String k = key(o);
            if (!k.isEmpty() && (k.contains(n) || n.contains(k))) {
                return true;
            }
        }
        return false;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\bthe\\b", " ")
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    record Span(String name, int start, int end) {}
}
