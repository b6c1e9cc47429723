package org.newsdesk.normalize;

/** List markers at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "(3) ". Scanned, not matched by regex. */
final class ListMarker {

    private ListMarker() {}

    /** Length of the marker and the blanks after it, or 0 when the line is not a list item. */
    static int length(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return 0;
        }
        char c = line.charAt(i);
        int end;
        if (c == '-' || c == '*' || c == '•' || c == '·' || c == '–' || c == '+' || c == '▪' || c == '◦') {
            end = i + 1;
        } else {
            int j = i;
            boolean paren = c == '(';
            if (paren) {
                j++;
            }
            int digits = j;
            while (j < n && j - digits < 3 && Character.isDigit(line.charAt(j))) {
                j++;
            }
            if (j == digits || j >= n) {
                return 0;
            }
            char close = line.charAt(j);
            if (paren ? close != ')' : close != '.' && close != ')') {
                return 0;
            }
            end = j + 1;
        }
        if (end >= n || line.charAt(end) != ' ') {
            return 0;
        }
        while (end < n && line.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    static String strip(String line) {
        return line.substring(length(line));
    }

    /** The list item at {@code at} has items indented under it: "* Dr. Long, Head, Institute" / "  - their model …". */
    static boolean nestedItemsFollow(java.util.List<String> lines, int at) {
        if (length(lines.get(at)) == 0) {
            return false;
        }
        int indent = indent(lines.get(at));
        for (int j = at + 1; j < lines.size(); j++) {
            String next = lines.get(j);
            if (!next.isBlank()) {
                return length(next) > 0 && indent(next) > indent;
            }
        }
        return false;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i += line.charAt(i) == '\t' ? 4 : 1;
        }
        return i;
    }
}
