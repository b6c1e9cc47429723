package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a web page prints around its article: navigation and sharing links ("Skip to content",
 * "Home › News", "Share"), posting lines ("Posted: 2024-06-20", "Published on 3 May 2024") and menus
 * of short words ("Home | About | News | Contact").
 */
final class PageChrome implements SetAsideRule {

    private static final Pattern BREADCRUMB = Pattern.compile("^(home|首页)\\s*[>›»/|]\\s*.{0,120}$");
    private static final int MAX_MENU_WORDS = 3;

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = Markup.strip(lines.get(i)).strip();
            if (t.isEmpty() || t.length() > 200) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            String bare = lower.replaceAll("[\\s|·•:>›»]+$", "").replaceAll("^[\\s|·•<‹«]+", "");
            if (Vocabulary.PAGE_CHROME.contains(bare)
                    || BREADCRUMB.matcher(lower).matches()
                    || isMenu(t)) {
                out.add(new Aside(i, i + 1, "page chrome"));
            } else if (isPostingLine(lower)) {
                out.add(new Aside(i, i + 1, "posting line"));
            }
        }
        return out;
    }

    /** "Posted: 2024-06-20", "Published on 3 May 2024 by the Secretariat", "发布时间：2024-06-20". */
    static boolean isPostingLine(String lower) {
        if (lower.length() > 120 || DateMention.in(lower).isEmpty()) {
            return false;
        }
        for (String w : Vocabulary.POSTING_WORDS) {
            if (lower.startsWith(w) && lower.length() > w.length()) {
                char next = lower.charAt(w.length());
                if (next == ':' || next == '：' || next == ' ' || next == '|') {
                    return !w.equals("by") || lower.contains("|") || lower.split("\\s+").length <= 8;
                }
            }
        }
        return false;
    }

    /** Three or more short items separated by "|" or "·", none of them a sentence. */
    private static boolean isMenu(String t) {
        String[] parts = t.split("\\s*[|·•]\\s*");
        if (parts.length < 3 || HonorificRule.startsWithHonorific(parts[0].strip())) {
            return false; // "Ms. Lena Vogt | Planner | Portville Council" is a speaker's header, not a menu
        }
        for (String p : parts) {
            if (p.isBlank()
                    || p.split("\\s+").length > MAX_MENU_WORDS
                    || p.endsWith(".")
                    || !DateMention.in(p).isEmpty()
                    || p.matches(".*\\d.*")) {
                return false;
            }
        }
        return true;
    }
}
