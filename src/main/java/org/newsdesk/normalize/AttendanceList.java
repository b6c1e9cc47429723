package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who attended, in minutes: "Present:", "Apologies:", "Attendees:" and the names listed under them.
 * The {@link Roster} reads their roles; none of them is speaking there.
 */
final class AttendanceList implements SetAsideRule {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(present|apologies|absent|attendees|attendance|in attendance|participants|also present|regrets|出席|列席|缺席)\\s*[:：].*");
    private static final int MAX_ITEM_WORDS = 20;

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = Markup.strip(lines.get(i)).strip();
            if (!LABEL.matcher(t).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size()) {
                String next = Markup.strip(ListMarker.strip(lines.get(j))).strip();
                boolean item = !next.isEmpty()
                        && next.split("\\s+").length <= MAX_ITEM_WORDS
                        && (!next.endsWith(".") || next.matches(".*\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.$")) // "…; Mr." wrapped
                        && (PersonLine.read(next).isPresent()
                                || LABEL.matcher(next).matches()
                                || next.contains(";"));
                if (!next.isEmpty() && !item || next.startsWith("#")) {
                    break;
                }
                j++;
            }
            while (j > i + 1 && lines.get(j - 1).isBlank()) {
                j--;
            }
            out.add(new Aside(i, j, "attendance list"));
            i = j - 1;
        }
        return out;
    }
}
