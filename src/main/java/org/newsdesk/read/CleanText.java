package org.newsdesk.read;

/** Normalises line ends to LF, drops control characters but tab and newline, and trims line ends. */
public final class CleanText {

    private CleanText() {}

    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\u00A0') {
                out.append(' ');
            } else if (c == '\uFEFF'
                    || c < 0x20
                    || c == 0x7F
                    || (c >= 0x80 && c < 0xA0)
                    || c == '\u2028'
                    || c == '\u2029') {
                if (c == '\u2028' || c == '\u2029') {
                    out.append('\n');
                }
            } else {
                out.append(c);
            }
        }
        return stripLineEnds(out).strip();
    }

    /** Trailing blanks on each line carry nothing; a linear scan, safe on a multi-megabyte line. */
    private static String stripLineEnds(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingBlanks = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (pendingBlanks == 0) {
                    start = i;
                }
                pendingBlanks++;
            } else {
                if (pendingBlanks > 0 && c != '\n') {
                    out.append(text, start, i);
                }
                pendingBlanks = 0;
                out.append(c);
            }
        }
        return out.toString();
    }
}
