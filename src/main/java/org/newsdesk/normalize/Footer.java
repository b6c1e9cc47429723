package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;

/**
 * The footer of a page, a newsletter or a press release: from "Contact Us", "Media contact",
 * "Unsubscribe", "###" or a copyright line to the end. Only near the end of the note, so a "Contact"
 * heading in the middle of the notes cannot cut speakers off.
 */
final class Footer implements SetAsideRule {

    private static final int MAX_FOOTER_LINES = 15;

    @Override
    public List<Aside> find(List<String> lines) {
        int remaining = 0;
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && remaining <= MAX_FOOTER_LINES; i--) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            remaining++;
            if (startsFooter(t)) {
                start = i;
            }
        }
        return start < 0 ? List.of() : List.of(new Aside(start, lines.size(), "footer"));
    }

    static boolean startsFooter(String line) {
        String t = Markup.strip(line).strip().replaceFirst("^#+\\s*", "");
        String lower = t.toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("[\\s:：.!]+$", "");
        return Vocabulary.FOOTER_STARTS.contains(bare)
                || lower.startsWith("©")
                || lower.startsWith("copyright ")
                || lower.startsWith("(c) ")
                || lower.startsWith("you are receiving this")
                || lower.startsWith("you received this")
                || lower.startsWith("to unsubscribe")
                || lower.startsWith("unsubscribe")
                || lower.startsWith("media contact:")
                || lower.startsWith("contact us:")
                || lower.startsWith("press contact:");
    }
}
