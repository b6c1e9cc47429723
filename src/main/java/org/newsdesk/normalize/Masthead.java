package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A newsletter's masthead above the story: its name ("Harbour Cities Newsletter"), the issue label
 * ("Issue 3, 2024", "Vol. 5 No. 2", "第3期") and the issue date on a line of its own. The issue date is
 * when the newsletter came out, not when the event took place.
 */
final class Masthead implements SetAsideRule {

    private static final Pattern ISSUE_LABEL = Pattern.compile(
            "^(issue|no\\.?|number|vol\\.?|volume|edition|第)\\s*\\d{1,4}\\b.{0,60}$|^第\\s*\\d{1,4}\\s*期.{0,30}$");
    private static final Pattern PUBLICATION_NAME = Pattern.compile(
            ".*\\b(newsletter|bulletin|digest|update|news|gazette|magazine|e-?news|review|brief|weekly|monthly|quarterly)\\b.*"
                    + "|.*(通讯|简报|快讯|通訊|簡報|动态|動態).*");
    private static final int SEARCH_LINES = 15;
    private static final int MAX_WORDS = 10;

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < SEARCH_LINES; i++) {
            String t = Markup.strip(lines.get(i)).strip().replaceFirst("^#+\\s*", "");
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (words(t) <= MAX_WORDS
                    && ISSUE_LABEL.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
                out.add(new Aside(i, i + 1, "masthead"));
                markNeighbours(lines, i, out);
            }
        }
        return out;
    }

    /** The newsletter's name just above the label and a date alone just above or below it. */
    private static void markNeighbours(List<String> lines, int label, List<Aside> out) {
        for (int d = -3; d <= 3; d++) {
            int j = label + d;
            if (d == 0 || j < 0 || j >= lines.size()) {
                continue;
            }
            String t = Markup.strip(lines.get(j)).strip().replaceFirst("^#+\\s*", "");
            if (t.isEmpty()) {
                continue;
            }
            if (isDateOnly(t)
                    || d < 0
                            && words(t) <= 6
                            && PUBLICATION_NAME
                                    .matcher(t.toLowerCase(Locale.ROOT))
                                    .matches()) {
                out.add(new Aside(j, j + 1, "masthead"));
            }
        }
    }

    static boolean isDateOnly(String t) {
        List<DateMention> dates = DateMention.in(t);
        if (dates.size() != 1) {
            return false;
        }
        String rest = (t.substring(0, dates.get(0).start())
                        + t.substring(dates.get(0).end()))
                .replaceAll("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|[\\s,.|·–—-]", "");
        return rest.isEmpty();
    }

    private static int words(String t) {
        return t.split("\\s+").length;
    }
}
