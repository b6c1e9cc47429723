package org.newsdesk.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Publication.GlossaryEntry;

/**
 * A publication's glossary applied to a piece of prose. A term matches as a whole word: at an end
 * that is a letter or digit no letter, digit or hyphen may touch it ("intl" not in "intlx"), at an
 * end that is a sign only a space or the text's edge may ("->", "w/", "esp."). A term written in
 * lower case matches itself anywhere and its capitalised form at the start of a sentence ("Intl orgs
 * attended" gives "International orgs attended"), never in capitals ("INTL" is someone's acronym); a
 * term with capitals ("S-S", "LM") matches exactly. Nothing inside a URL or an e-mail address
 * changes, and a sign between two capitalised words stays ("Johnson & Johnson" is a name).
 */
public final class Glossary {

    /** What one application changed: the text, and per glossary entry how many times it applied. */
    public record Result(String text, Map<GlossaryEntry, Integer> applied) {}

    private record Term(GlossaryEntry entry, Pattern pattern, boolean lowerWord, boolean sign) {}

    private static final Pattern PROTECTED =
            Pattern.compile("(?i)\\b(?:https?|ftp|mailto):\\S+|\\bwww\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private static final Pattern SENTENCE_END = Pattern.compile("(?:^|[.!?:]|\\n)[\\s\"“‘(]*$");

    private final List<Term> terms = new ArrayList<>();

    public Glossary(List<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            String t = e.term();
            boolean lowerWord = t.chars().anyMatch(Character::isLetter)
                    && t.equals(t.toLowerCase(Locale.ROOT))
                    && Character.isLetter(t.strip().charAt(0));
            String before = Character.isLetterOrDigit(t.charAt(0))
                    ? "(?<![\\p{L}\\p{N}-])"
                    : Character.isWhitespace(t.charAt(0)) ? "" : "(?<![^\\s])";
            char last = t.charAt(t.length() - 1);
            String after = Character.isLetterOrDigit(last)
                    ? "(?![\\p{L}\\p{N}-])"
                    : Character.isWhitespace(last) ? "" : "(?![^\\s])";
            int flags = lowerWord ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            boolean sign = !Character.isLetterOrDigit(t.strip().charAt(0));
            terms.add(new Term(e, Pattern.compile(before + Pattern.quote(t) + after, flags), lowerWord, sign));
        }
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public Result apply(String text) {
        Map<GlossaryEntry, Integer> applied = new LinkedHashMap<>();
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return new Result(text, applied);
        }
        String out = text;
        for (Term term : terms) {
            List<int[]> kept = protectedSpans(out);
            Matcher m = term.pattern().matcher(out);
            StringBuilder b = new StringBuilder();
            int last = 0;
            int count = 0;
            while (m.find()) {
                String replacement = replacement(term, out, m, kept);
                if (replacement == null) {
                    continue;
                }
                b.append(out, last, m.start()).append(replacement);
                last = m.end();
                count++;
            }
            if (count > 0) {
                b.append(out.substring(last));
                out = b.toString();
                applied.merge(term.entry(), count, Integer::sum);
            }
        }
        return new Result(out, applied);
    }

    /** What the match becomes, or null when it must stay as written. */
    private static String replacement(Term term, String text, Matcher m, List<int[]> kept) {
        for (int[] span : kept) {
            if (m.start() < span[1] && m.end() > span[0]) {
                return null;
            }
        }
        String found = m.group();
        String wanted = term.entry().term();
        String replacement = term.entry().replacement();
        if (term.lowerWord() && !found.equals(wanted)) {
            boolean capitalised = found.equals(capitalise(wanted));
            if (!capitalised
                    || !SENTENCE_END.matcher(text.substring(0, m.start())).find()) {
                return null;
            }
            return capitalise(replacement);
        }
        if (term.sign() && capitalisedWordBefore(text, m.start()) && capitalisedWordAfter(text, m.end())) {
            return null;
        }
        return replacement;
    }

    private static boolean capitalisedWordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
    }

    private static boolean capitalisedWordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<int[]> protectedSpans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PROTECTED.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
