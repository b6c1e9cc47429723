package org.newsdesk.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement's paragraphs as the issue prints them: never a bare lower-case paragraph. The points
 * after a paragraph ending in a colon ("Current focus:") that start in lower case are a list; any
 * other paragraph is a sentence, its first letter capitalised and a full stop added where it has
 * none ("relevant WWF teams are … (NbS)" → "Relevant WWF teams are … (NbS).").
 */
public final class ProseBlocks {

    /**
     * A paragraph ({@code text}) or a list of points ({@code items}); {@code list} says which, for the
     * templates.
     */
    public record Block(String text, List<String> items) {

        public Block {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean list() {
            return !items.isEmpty();
        }
    }

    /** A sentence ends in . ! ? or … , perhaps inside closing quotation marks or brackets. */
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?…][\"”’')\\]]*$");

    private static final Pattern ITEM_END = Pattern.compile("[\\s;,]+$");

    private ProseBlocks() {}

    /** The paragraphs as blocks; {@code afterColon} says the paragraph before the first ended in a colon. */
    public static List<Block> of(List<String> paragraphs, boolean afterColon) {
        List<Block> out = new ArrayList<>();
        List<String> items = new ArrayList<>();
        boolean listMayStart = afterColon;
        for (String p : paragraphs) {
            if ((listMayStart || !items.isEmpty()) && startsLowerCase(p)) {
                items.add(ITEM_END.matcher(p).replaceFirst(""));
                continue;
            }
            if (!items.isEmpty()) {
                out.add(new Block(null, items));
                items = new ArrayList<>();
            }
            out.add(new Block(sentence(p), List.of()));
            listMayStart = p.endsWith(":");
        }
        if (!items.isEmpty()) {
            out.add(new Block(null, items));
        }
        return out;
    }

    /** A paragraph that stands as a sentence: capitalised, ending in a full stop (or a colon that opens a list). */
    public static String sentence(String paragraph) {
        return finished(capitalised(paragraph));
    }

    /** The paragraph with a full stop where it ends without any; its first letter as written. */
    public static String finished(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || p.endsWith(":") || ENDS_A_SENTENCE.matcher(p).find()) {
            return p;
        }
        return p.replaceFirst("[\\s;,]+$", "") + ".";
    }

    static boolean startsLowerCase(String paragraph) {
        return !paragraph.isEmpty() && Character.isLowerCase(paragraph.codePointAt(0));
    }

    private static String capitalised(String p) {
        String firstWord = p.split("[\\s,;:]", 2)[0];
        // "eBay", "iPhone", "pH": a word with a capital inside is written so on purpose
        if (!startsLowerCase(p) || !firstWord.equals(firstWord.toLowerCase(java.util.Locale.ROOT))) {
            return p;
        }
        int first = p.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(p.substring(Character.charCount(first)))
                .toString();
    }
}
