package org.newsdesk.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines a PDF wrapped at the page margin, joined again where the text plainly goes on: the next line
 * starts in lower case, or the line leaves a bracket open ("Dr. Amina Diallo (Sahel Climate Finance" /
 * "Observatory):"), or it ends on a word that cannot end a phrase ("… on Mangrove" / "and Seagrass
 * Restoration"). PDF list bullets (private-use glyphs) become "- ".
 */
final class WrappedLines {

    private static final Pattern OPEN_END =
            Pattern.compile("(?i).*(\\b(and|or|of|for|on|in|to|the|a|an|with|at|by|from|&)|[,–-])$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[\\uf0b7\\uf0a7\\uf076\\uf0d8•▪◦●]\\s*");
    private static final int MAX_JOINED_CHARS = 2_000;

    private WrappedLines() {}

    static String join(String text) {
        String[] lines = text.split("\n", -1);
        boolean doubleSpaced = doubleSpaced(lines);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = BULLET.matcher(lines[i]).replaceFirst("- ");
            // a PDF that prints a blank line after every line: the blank is the line spacing, not a paragraph
            if (doubleSpaced
                    && line.isBlank()
                    && i + 1 < lines.length
                    && !out.isEmpty()
                    && continues(out.get(out.size() - 1), lines[i + 1])) {
                continue;
            }
            if (!out.isEmpty() && continues(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + " " + line.strip());
                continue;
            }
            // a bullet's wrapped tail printed after a blank line: "- … for the region" / "" / "reaches farm level."
            if (line.isBlank()
                    && i + 1 < lines.length
                    && !out.isEmpty()
                    && out.get(out.size() - 1).startsWith("- ")
                    && startsLowerCase(lines[i + 1])
                    && !endsSentence(out.get(out.size() - 1))) {
                continue;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /** Most lines are followed by exactly one blank line, and there are enough lines to tell. */
    private static boolean doubleSpaced(String[] lines) {
        int text = 0;
        int spaced = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            text++;
            if (i + 2 < lines.length && lines[i + 1].isBlank() && !lines[i + 2].isBlank()) {
                spaced++;
            }
        }
        return text >= 10 && spaced * 10 >= text * 8;
    }

    static boolean continues(String previous, String line) {
        String p = previous.strip();
        String t = line.strip();
        if (p.isEmpty()
                || t.isEmpty()
                || p.length() + t.length() > MAX_JOINED_CHARS
                || endsSentence(p)
                || t.startsWith("- ")
                || t.matches("^\\d{1,2}[:.]\\d{2}\\b.*")) {
            return false;
        }
        return startsLowerCase(t)
                || count(p, '(') > count(p, ')')
                || OPEN_END.matcher(p).matches();
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?:;。！？：\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean startsLowerCase(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
