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
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (ORIGINAL.matcher(lower).matches()) {
                out.add(new Aside(i, lines.size(), "quoted older mail"));
                return out;
            }
            if (t.startsWith(">") || t.length() < 300 && WROTE.matcher(lower).matches()) {
                out.add(new Aside(i, i + 1, "quoted older mail"));
            }
        }
        return out;
    }
}
