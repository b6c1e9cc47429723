package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A photo caption in a web article: a line that starts like one ("Photo:", "图为") or a short
 * "Anna Berg, Director of Blue Coast Foundation" line right after the paragraph that already reported
 * her words. Left in place it would become a second speaker holding the next person's words.
 */
final class PhotoCaption implements SetAsideRule {

    private static final int MAX_CAPTION_WORDS = 20;
    private static final int LOOK_BACK_LINES = 4;

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = Markup.strip(lines.get(i)).strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (Vocabulary.CAPTION_STARTS.stream().anyMatch(lower::startsWith)
                    || isCaptionOfReportedPerson(lines, i, t)) {
                out.add(new Aside(i, i + 1, "photo caption"));
            }
        }
        return out;
    }

    private static boolean isCaptionOfReportedPerson(List<String> lines, int at, String t) {
        if (t.endsWith(".") || t.endsWith(":") || t.split("\\s+").length > MAX_CAPTION_WORDS) {
            return false;
        }
        int comma = t.indexOf(", ");
        if (comma <= 0 || !NameShape.looksLikeName(t.substring(0, comma))) {
            return false;
        }
        String name = HonorificRule.split(t.substring(0, comma)).rest();
        String[] words = name.split(" ");
        String family = words[words.length - 1].toLowerCase(Locale.ROOT);
        String first = words[0].toLowerCase(Locale.ROOT);
        for (int j = at - 1; j >= Math.max(0, at - LOOK_BACK_LINES); j--) {
            String before = lines.get(j).toLowerCase(Locale.ROOT);
            if (before.split("\\s+").length < 12) {
                continue;
            }
            boolean names = before.contains(family) || before.contains(first);
            if (names
                    && Vocabulary.REPORTING_VERBS.stream()
                            .anyMatch(v -> before.contains(" " + v + " ") || before.contains(" " + v + ","))) {
                return true;
            }
        }
        return false;
    }
}
