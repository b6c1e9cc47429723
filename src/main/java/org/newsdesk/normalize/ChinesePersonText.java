package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * Who a Chinese attribution names, written as one run of characters without spaces: organisation, role,
 * name and an optional honorific, as in "景洪市农村能源服务站站长刀建华先生", "云南大学生态学与环境学院副教授李晓燕女士",
 * "来自泰国清莱社区林业网络的苏帕妮·通猜女士" or "刀建华站长". The name starts after the last job title or
 * organisation ending that leaves a name behind; a university's school or department stays in the role
 * ("云南大学" + "生态学与环境学院副教授"). A name of two to four Han characters, or a transliterated name
 * with a middle dot ("本通·西萨万"). With nothing to mark where the name starts, the name is guessed from
 * a family name and nothing else is said of the person, so {@link SpeakerEvidence} finds little for it.
 */
final class ChinesePersonText {

    private static final List<String> HONORIFICS = List.of("先生", "女士", "博士", "教授");
    private static final String DOTS = "·‧・•";

    private ChinesePersonText() {}

    static Optional<Person> read(String written) {
        String who = written.strip();
        String organization = null;
        // "来自泰国清莱社区林业网络的苏帕妮·通猜女士": the organisation is said outright
        if ((who.startsWith("来自") || who.startsWith("來自")) && who.indexOf('的') > 3) {
            organization = who.substring(2, who.indexOf('的'));
            who = who.substring(who.indexOf('的') + 1);
        }
        if (who.isEmpty() || startsWithNotASpeaker(who)) {
            return Optional.empty();
        }
        String honorific = "";
        for (String h : HONORIFICS) {
            // "副教授" after a name is a role, not the honorific "教授"
            if (who.endsWith(h) && who.length() >= h.length() + 2 && !who.endsWith("副" + h)) {
                honorific = h;
                who = who.substring(0, who.length() - h.length());
                break;
            }
        }
        Optional<Person> r = nameAfterDetails(who, organization, honorific);
        if (r.isEmpty()) {
            r = nameBeforeRole(who, organization, honorific);
        }
        if (r.isEmpty()) {
            r = guessed(who, organization, honorific);
        }
        return r;
    }

    /** "…服务站站长|刀建华", "来自…的|苏帕妮·通猜", "刀建华": the name ends the text. */
    private static Optional<Person> nameAfterDetails(String core, String organization, String honorific) {
        if (isName(core)) {
            return Optional.of(person(core, honorific, null, organization));
        }
        // a break after a job title is surer than one after an organisation's ending
        for (List<String> endings : List.of(Vocabulary.CHINESE_ROLE_WORDS, Vocabulary.CHINESE_ORGANIZATION_SUFFIXES)) {
            for (int p = core.length() - 2; p > 0; p--) {
                String details = core.substring(0, p);
                String name = core.substring(p);
                if (endsWithAny(details, endings) && isName(name)) {
                    return Optional.of(withDetails(name, honorific, details, organization));
                }
            }
        }
        return Optional.empty();
    }

    /** "刀建华站长", "云南大学李晓燕副教授": the job title after the name. */
    private static Optional<Person> nameBeforeRole(String core, String organization, String honorific) {
        String role = longestEnding(core, Vocabulary.CHINESE_ROLE_WORDS);
        if (role == null) {
            return Optional.empty();
        }
        String before = core.substring(0, core.length() - role.length());
        return nameAfterDetails(before, organization, honorific)
                .map(p -> new Person(
                        p.name(), p.honorific(), p.role() == null ? role : p.role() + role, p.organization()));
    }

    /** Nothing marks where the name starts: a family name two or three characters before the end does, weakly. */
    private static Optional<Person> guessed(String core, String organization, String honorific) {
        for (int n : new int[] {3, 2}) {
            if (core.length() > n) {
                String name = core.substring(core.length() - n);
                if (isName(name) && startsWithFamilyName(name)) {
                    String details = core.substring(0, core.length() - n);
                    return Optional.of(
                            person(name, honorific, null, organization == null ? details : organization + details));
                }
            }
        }
        return Optional.empty();
    }

    private static Person withDetails(String name, String honorific, String details, String organization) {
        String roleWord = longestEnding(details, Vocabulary.CHINESE_ROLE_WORDS);
        String org = details;
        String r = null;
        if (roleWord != null) {
            org = details.substring(0, details.length() - roleWord.length());
            r = roleWord;
        }
        // "云南大学生态学与环境学院": the university is the organisation, its school goes with the role
        for (String university : Vocabulary.CHINESE_UNIVERSITIES) {
            int u = org.indexOf(university);
            if (u > 0 && u + university.length() < org.length()) {
                r = org.substring(u + university.length()) + (r == null ? "" : r);
                org = org.substring(0, u + university.length());
                break;
            }
        }
        if (organization != null) {
            r = org.isEmpty() ? r : org + (r == null ? "" : r);
            org = organization;
        }
        return person(name, honorific, r, org);
    }

    /** The honorific written after the name becomes the house one ("女士" → "Ms."), as everywhere else. */
    private static Person person(String name, String honorific, String role, String organization) {
        return People.of(name + honorific, role, organization);
    }

    /** Two to four Han characters, or Han parts joined by a middle dot; never a title, an organisation or a heading. */
    static boolean isName(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (isTransliterated(text)) {
            return true;
        }
        if (!NameShape.isChineseName(text)
                || text.chars().anyMatch(c -> DOTS.indexOf(c) >= 0)
                || startsWithNotASpeaker(text)) {
            return false;
        }
        for (String role : Vocabulary.CHINESE_ROLE_WORDS) {
            if (text.contains(role)) {
                return false;
            }
        }
        for (String suffix : Vocabulary.CHINESE_ORGANIZATION_SUFFIXES) {
            if (suffix.length() >= 2 && text.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    /** "本通·西萨万", "苏帕妮·通猜": Han parts joined by a middle dot, the first of at most four characters. */
    static boolean isTransliterated(String text) {
        if (text == null || text.length() > 16) {
            return false;
        }
        String[] parts = text.split("[" + DOTS + "]", -1);
        if (parts.length < 2 || parts[0].length() > 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 6 || !part.codePoints().allMatch(ChinesePersonText::isHan)) {
                return false;
            }
        }
        return !startsWithNotASpeaker(text);
    }

    static boolean startsWithFamilyName(String name) {
        for (String family : Vocabulary.CHINESE_FAMILY_NAMES) {
            if (name.startsWith(family) && name.length() > family.length()) {
                return true;
            }
        }
        return false;
    }

    /** A role that ends with a Chinese job title: "站长", "生态学与环境学院副教授". */
    static boolean isRole(String role) {
        return role != null && longestEnding(role, Vocabulary.CHINESE_ROLE_WORDS) != null;
    }

    /** An organisation whose name ends as one does: "…服务站", "云南大学", "…林业网络". */
    static boolean isOrganization(String organization) {
        return organization != null
                && organization.codePoints().anyMatch(ChinesePersonText::isHan)
                && endsWithAny(organization, Vocabulary.CHINESE_ORGANIZATION_SUFFIXES);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean startsWithNotASpeaker(String text) {
        for (String start : Vocabulary.CHINESE_NOT_A_SPEAKER_STARTS) {
            if (text.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String text, List<String> endings) {
        return longestEnding(text, endings) != null;
    }

    private static String longestEnding(String text, List<String> endings) {
        String best = null;
        for (String e : endings) {
            if (text.endsWith(e) && (best == null || e.length() > best.length())) {
                best = e;
            }
        }
        return best;
    }
}
