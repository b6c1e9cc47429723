package org.newsdesk.normalize;

/**
 * Markdown and leftover HTML markup removed from a piece of note text: emphasis, code ticks, links
 * (the link text is kept), tags and comments. A character scan, so a megabyte line costs one pass.
 */
final class Markup {

    private Markup() {
    }

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*' || c == '_' && i + 1 < n && text.charAt(i + 1) == '_') {
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
                int close = indexWithin(text, ">", i, 200);
                if (close > i && looksLikeTag(text, i + 1)) {
                    i = close;
                    continue;
                }
            }
            if (c == '[') {
                int close = indexWithin(text, "](", i, 200);
                int end = close < 0 ? -1 : indexWithin(text, ")", close, 300);
                if (close > i && end > close && indexWithin(text, "]", i, 200) == close) {
                    out.append(text, i + 1, close);
                    i = end;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Like indexOf, but looks only {@code limit} characters ahead, so scanning stays linear on long lines. */
    private static int indexWithin(String t, String s, int from, int limit) {
        int end = Math.min(t.length(), from + limit + s.length());
        int i = t.substring(from, end).indexOf(s);
        return i < 0 ? -1 : from + i;
    }

    /** "*word*": a star against a word on one side and a blank or edge on the other. */
    private static boolean isEmphasisStar(String t, int i) {
        boolean before = i > 0 && !Character.isWhitespace(t.charAt(i - 1));
        boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
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
