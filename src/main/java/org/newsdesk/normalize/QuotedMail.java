package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Older mail quoted below a reply: "> " lines, "On Mon, 3 Jun 2024, X wrote:", and an "Original Message" to the end. */
final class QuotedMail implements SetAsideRule {

    private static final Pattern WROTE =
            Pattern.compile("^(on|am|le|el)\\s.{4,200}(wrote|schrieb|a écrit|escribió)\\s*:$|^在.{2,80}写道[:：]$");
    private static final Pattern ORIGINAL = Pattern.compile("^-{2,}\\s*(original message|原始邮件|原始郵件)\\s*-{2,}$");

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        boolean[] pullQuote = pullQuotes(lines);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (ORIGINAL.matcher(lower).matches()) {
                out.add(new Aside(i, lines.size(), "quoted older mail"));
                return out;
            }
            if (pullQuote[i]) {
                continue; // "> “…”" / "> — Dr. X, Role, Org": a pull quote in Markdown, not an older mail
            }
            if (opensQuote(t)) {
                out.add(new Aside(i, i + 1, "quoted older mail"));
            }
        }
        return out;
    }

    private static final Pattern ATTRIBUTION = Pattern.compile("^>\\s*[—–]\\s*\\S.*");

    /** A quoted line or the "On Mon, 3 Jun 2024, X wrote:" line above a quoted mail (given stripped). */
    static boolean opensQuote(String line) {
        return line.startsWith(">")
                || line.length() < 300
                        && WROTE.matcher(line.toLowerCase(Locale.ROOT)).matches();
    }

    /** For each line, whether it is in a block of "> " lines that holds a quotation mark and ends with an attribution. */
    private static boolean[] pullQuotes(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        int from = -1;
        boolean quoted = false;
        boolean attributed = false;
        for (int j = 0; j <= lines.size(); j++) {
            String t = j < lines.size() ? lines.get(j).strip() : "";
            if (t.startsWith(">")) {
                from = from < 0 ? j : from;
                quoted |= t.contains("“") || t.contains("\"");
                attributed |= t.length() < 300 && ATTRIBUTION.matcher(t).matches();
                continue;
            }
            if (from >= 0 && quoted && attributed) {
                java.util.Arrays.fill(out, from, j, true);
            }
            from = -1;
            quoted = false;
            attributed = false;
        }
        return out;
    }
}
