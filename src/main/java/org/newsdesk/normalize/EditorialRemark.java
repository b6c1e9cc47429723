package org.newsdesk.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Lines the officer wrote for colleagues, not for readers: "[end pt 2 -- pt 3 in next file]",
 * "(Qian Zhaohui / Comments -> see email notes)", "notes: Comms office / do not forward", a sign-off,
 * a section rule. A statement ends at the first of them.
 */
final class EditorialRemark {

    private static final Set<String> SIGN_OFFS = Set.of(
            "thx",
            "thanks",
            "thank you",
            "regards",
            "best",
            "best regards",
            "kind regards",
            "cheers",
            "br",
            "many thanks",
            "谢谢",
            "謝謝",
            "此致",
            "祝好",
            "sent from my iphone",
            "sent from my phone");

    private EditorialRemark() {}

    static boolean endsStatement(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        return isWholeBracketed(t)
                || isSignOff(t)
                || isSectionRule(t)
                || isNoteToColleagues(t)
                || isQuotedMail(t)
                || isPointer(t);
    }

    /** A line wholly in brackets or parentheses is an aside: "[end pt 2]", "(see email notes)". */
    static boolean isWholeBracketed(String t) {
        return t.length() >= 2
                && (t.charAt(0) == '[' && t.endsWith("]")
                        || t.charAt(0) == '(' && t.endsWith(")")
                        || t.charAt(0) == '（' && t.endsWith("）"));
    }

    static boolean isSignOff(String line) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 40) {
            return false;
        }
        String bare = t.replaceAll("[,，.!！~。:-]+$", "").strip();
        return SIGN_OFFS.contains(bare);
    }

    /** "== Comments ==", "---", "***", "___". */
    static boolean isSectionRule(String t) {
        return t.startsWith("==") || t.matches("[-*_=~]{3,80}");
    }

    /** "notes: Comms office / do not forward", "NB: ...", "PS: ...", "TODO ...": lower-case or shouted asides. */
    private static boolean isNoteToColleagues(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return t.startsWith("notes:")
                || t.startsWith("note:")
                || lower.startsWith("nb:")
                || lower.startsWith("n.b.")
                || lower.startsWith("ps:")
                || lower.startsWith("p.s.")
                || lower.startsWith("todo")
                || lower.contains("do not forward")
                || lower.contains("not for circulation")
                || lower.contains("internal only");
    }

    /** "Ms. Li Xia → see other file": a pointer to notes kept elsewhere. */
    private static boolean isPointer(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return t.length() < 200
                && (lower.contains("→ see")
                        || lower.contains("-> see")
                        || lower.contains("see other file")
                        || lower.contains("see next file"));
    }

    private static boolean isQuotedMail(String t) {
        return t.startsWith(">")
                || t.startsWith("-----Original Message")
                || t.startsWith("-- ") && t.length() < 40
                || (t.startsWith("On ") && t.endsWith("wrote:"));
    }
}
