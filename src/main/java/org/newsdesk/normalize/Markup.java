package org.newsdesk.normalize;

/**
 * Markdown and leftover HTML markup removed from a piece of note text: emphasis, code ticks, links
 * (the link text is kept), tags and comments. A character scan, so a megabyte line costs one pass.
 */
final class Markup {

    private Markup() {}

    /** A line set in italics as a whole: "*Online, Thursday 19 March 2026 · co-hosted by A and B*". */
    private static final java.util.regex.Pattern ITALIC_LINE =
            java.util.regex.Pattern.compile("^(\\s*)([*_])(?![*_\\s])(.+?)(?<![*_\\s])\\2(\\s*)$");

    static String strip(String text) {
        String lead = text.stripLeading();
        if (text.length() < 2_000 && !lead.isEmpty() && (lead.charAt(0) == '*' || lead.charAt(0) == '_')) {
            java.util.regex.Matcher italic = ITALIC_LINE.matcher(text);
            if (italic.matches() && italic.group(3).indexOf(italic.group(2).charAt(0)) < 0) {
                text = italic.group(1) + italic.group(3) + italic.group(4);
            }
        }
        if (!hasMarkup(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        Next tagEnd = new Next(text, '>');
        Next bracketEnd = new Next(text, ']');
        Next parenEnd = new Next(text, ')');
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*'
                    || c == '_' && i + 1 < n && text.charAt(i + 1) == '_') {
                i++;
                continue;
            }
            if (c == '`') {
                continue;
            }
            if (c == '*' && isEmphasisStar(text, i)) {
                continue;
            }
            if (c == '<') {
                int close = tagEnd.from(i);
                if (close > i && close - i <= MAX_TAG_CHARS && looksLikeTag(text, i + 1)) {
                    i = close;
                    continue;
                }
            }
            if (c == '[') {
                // [text](url) keeps the text
                int close = bracketEnd.from(i);
                // [^2] is a footnote marker: dropped
                if (close > i && close - i <= 40 && i + 1 < n && text.charAt(i + 1) == '^') {
                    i = close;
                    continue;
                }
                // [text][label] is a reference link: the text stays
                if (close > i && close - i <= MAX_TAG_CHARS && close + 1 < n && text.charAt(close + 1) == '[') {
                    int end = bracketEnd.from(close + 1);
                    if (end > close && end - close <= 80) {
                        out.append(text, i + 1, close);
                        i = end;
                        continue;
                    }
                }
                if (close > i && close - i <= MAX_TAG_CHARS && close + 1 < n && text.charAt(close + 1) == '(') {
                    int end = parenEnd.from(close);
                    if (end > close && end - close <= MAX_URL_CHARS) {
                        out.append(text, i + 1, close);
                        i = end;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '<' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_TAG_CHARS = 200;
    private static final int MAX_URL_CHARS = 300;

    /**
     * The next position of one character at or after a point, remembered between calls: a line with a
     * million "&lt;" and no "&gt;" is searched once, not once per "&lt;".
     */
    private static final class Next {
        private final String text;
        private final char c;
        private int at = -2;

        Next(String text, char c) {
            this.text = text;
            this.c = c;
        }

        int from(int i) {
            if (at != -1 && at < i) {
                at = text.indexOf(c, i);
            }
            return at;
        }
    }

    /** "*word*": a star against a word on one side only ("3 * 2" and "a*b" keep theirs). */
    private static boolean isEmphasisStar(String t, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
        boolean after = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
        return before != after;
    }

    private static boolean looksLikeTag(String t, int at) {
        if (at >= t.length()) {
            return false;
        }
        char c = t.charAt(at);
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    /** HTML comments removed from a whole note: "&lt;!-- TODO: check title --&gt;" is for the officer, not the reader. */
    static String withoutComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            out.append(text, from, open);
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                from = open; // an unclosed comment is kept: better a stray marker than lost text
                break;
            }
            from = close + 3;
            open = text.indexOf("<!--", from);
        }
        out.append(text, Math.min(from, text.length()), text.length());
        return out.toString();
    }
}
