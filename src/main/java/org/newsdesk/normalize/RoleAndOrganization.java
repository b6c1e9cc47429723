package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits "what the person is" into job title and organization, following the note:
 * <ul>
 *   <li>a spaced dash or a comma splits where the note splits ("Senior Manager, Climate and Energy
 *       Project – Natural Resources Defense Council"; the last separator wins, so a title with commas
 *       stays whole);</li>
 *   <li>"X at Y" puts Y in the organization;</li>
 *   <li>"X of the Y" puts Y in the organization unless Y is a sub-unit followed by another "of"
 *       ("Project Director of the China Office of the Children's Investment Fund Foundation"); first, the
 *       name of a body after the last "of the" that opens one ("Officer of the City of Santa Cruz",
 *       {@link OrganizationAfterOfThe});</li>
 *   <li>an organization alone ("LMEC") leaves the role empty, a title alone leaves the organization empty.</li>
 * </ul>
 * Nothing is expanded or abbreviated: values are the note's own words.
 */
final class RoleAndOrganization {

    record RoleOrg(String role, String organization) {}

    /** Core nouns of a job title; "Programme" or "Project" alone do not make a title. */

    /** A last comma segment that only says where the organization is: "Ministry of ..., Lao PDR". */
    private static final Set<String> PLACES = Set.of(
            "lao pdr",
            "laos",
            "china",
            "p. r. china",
            "prc",
            "thailand",
            "cambodia",
            "myanmar",
            "viet nam",
            "vietnam",
            "hong kong",
            "indonesia",
            "malaysia",
            "philippines",
            "singapore",
            "brunei",
            "kenya",
            "ethiopia");

    private static final String[] DASHES = {" – ", " — ", " -- ", " - "};

    private static final java.util.regex.Pattern POSSESSIVE =
            java.util.regex.Pattern.compile("(?:the\\s+)?(\\p{Lu}[^’',]{1,80}?)[’']s\\s+(\\p{Ll}[^,]{1,80})");

    private RoleAndOrganization() {}

    static RoleOrg split(String text) {
        String t = tidy(text);
        if (t.isEmpty()) {
            return new RoleOrg(null, null);
        }
        // "Heat Action Lead (Malabar Coast City Alliance)": the job, then where in brackets
        if (t.endsWith(")") && t.indexOf(" (") > 0 && t.indexOf(" (") == t.lastIndexOf(" (")) {
            String job = tidy(t.substring(0, t.indexOf(" (")));
            String where = tidy(t.substring(t.indexOf(" (") + 2, t.length() - 1));
            if (isTitle(job)
                    && !isTitle(where)
                    && isOrganization(where)
                    && !Vocabulary.isAcronym(where)
                    && !job.contains(" of ")
                    && !job.contains(" at ")) {
                return new RoleOrg(job, where);
            }
        }
        // "Portmarrow City Council’s climate adaptation officer": the body, then its job for them
        java.util.regex.Matcher possessive = POSSESSIVE.matcher(t);
        if (possessive.matches() && isOrganization(possessive.group(1)) && isTitle(possessive.group(2))) {
            return new RoleOrg(tidy(possessive.group(2)), tidy(possessive.group(1)));
        }
        int dash = lastDash(t);
        if (dash >= 0) {
            String left = tidy(t.substring(0, dash));
            String right = tidy(t.substring(dash + 3).replaceFirst("^-\\s*", ""));
            if (!left.isEmpty() && !right.isEmpty()) {
                return new RoleOrg(left, right);
            }
        }
        List<String> parts = commaParts(t);
        if (parts.size() >= 2 && PLACES.contains(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT))) {
            // "..., Lao PDR" says where the organization is: split the rest, then keep the place with the organization
            String place = parts.get(parts.size() - 1);
            RoleOrg rest = split(String.join(", ", parts.subList(0, parts.size() - 1)));
            return rest.organization() == null
                    ? new RoleOrg(rest.role(), place)
                    : new RoleOrg(rest.role(), rest.organization() + ", " + place);
        }
        if (parts.size() >= 2) {
            return byComma(parts);
        }
        int at = t.indexOf(" at ");
        if (at > 0 && isTitle(t.substring(0, at))) {
            return new RoleOrg(tidy(t.substring(0, at)), withoutLeadingThe(t.substring(at + 4)));
        }
        // "Officer of the City of Santa Cruz": the name of a body after "of the" is the organisation
        Optional<RoleOrg> body = OrganizationAfterOfThe.split(t);
        if (body.isPresent()) {
            return body.get();
        }
        RoleOrg byOf = byOf(t);
        if (byOf != null) {
            return byOf;
        }
        RoleOrg orgThenRole = organizationThenTitle(t);
        if (orgThenRole != null) {
            return orgThenRole;
        }
        // one phrase: a job title has a title noun; anything else a note puts after a name is where they work
        return isTitle(t) ? new RoleOrg(t, null) : new RoleOrg(null, t);
    }

    static boolean isTitle(String phrase) {
        if (Vocabulary.anyWordIn(phrase, Vocabulary.TITLE_NOUNS)) {
            return true;
        }
        for (String w : phrase.split("[\\s,/()]+")) {
            if (isTitleNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Hydrologist", "Ecologist", "Physician": job nouns by their ending, beyond the listed ones. */
    private static boolean isTitleNoun(String word) {
        String k = Vocabulary.key(word);
        return k.length() > 6
                && (k.endsWith("ologist")
                        || k.endsWith("ician")
                        || k.endsWith("ist") && !k.endsWith("mist") && !k.endsWith("list") && !k.endsWith("gist")
                        || k.endsWith("ographer"));
    }

    /**
     * "Partners for Coastal Towns Programme Lead", "Lake Region Water Institute Senior Hydrologist": the
     * words at the end that make a job title (title nouns and the words that start one), after an
     * organisation's name.
     */
    private static RoleOrg organizationThenTitle(String t) {
        String[] words = t.split("\\s+");
        int n = words.length;
        if (n < 3 || !(Vocabulary.TITLE_NOUNS.contains(Vocabulary.key(words[n - 1])) || isTitleNoun(words[n - 1]))) {
            return null;
        }
        int start = n - 1;
        while (start - 1 > 0
                && (Vocabulary.ROLE_START_WORDS.contains(Vocabulary.key(words[start - 1]))
                        || Vocabulary.TITLE_NOUNS.contains(Vocabulary.key(words[start - 1])))) {
            start--;
        }
        String org = String.join(" ", List.of(words).subList(0, start));
        String role = String.join(" ", List.of(words).subList(start, n));
        boolean namesAnOrganization = Vocabulary.anyWordIn(org, Vocabulary.ORGANIZATION_WORDS)
                || List.of(org.split("\\s+")).stream().anyMatch(Vocabulary::isAcronym)
                || org.split("\\s+").length >= 4
                        && !Vocabulary.anyWordIn(org, Vocabulary.ROLE_START_WORDS)
                        && !Vocabulary.anyWordIn(org, Vocabulary.TITLE_NOUNS);
        if (org.endsWith(" of") || org.endsWith(" for") || org.endsWith(" and") || !namesAnOrganization) {
            return null;
        }
        return new RoleOrg(role, withoutLeadingThe(org));
    }

    /** "Senior Expert" ends with a title; "WWF Beijing Representative Office" does not. */
    private static boolean endsWithTitle(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        return Vocabulary.TITLE_NOUNS.contains(Vocabulary.key(words[words.length - 1]));
    }

    static boolean isOrganization(String phrase) {
        String p = phrase.strip();
        if (Vocabulary.anyWordIn(p, Vocabulary.ORGANIZATION_WORDS)) {
            return true;
        }
        for (String word : p.split("[\\s/]+")) {
            if (Vocabulary.isAcronym(word)) {
                return true;
            }
        }
        // a one-word proper name such as "Greenpeace" or "ClientEarth"
        return !p.contains(" ") && !p.isEmpty() && Character.isUpperCase(p.charAt(0));
    }

    private static RoleOrg byComma(List<String> parts) {
        int n = parts.size();
        String role = String.join(", ", parts.subList(0, n - 1));
        String org = parts.get(n - 1);
        // "WRI China, Director": the note put the organization first
        if (n == 2 && isTitle(org) && !isTitle(role)) {
            return new RoleOrg(org, role);
        }
        // "Harbour Institute, Ministry of Transport": no part is a job, so it is all the organization
        if (parts.stream().noneMatch(RoleAndOrganization::isTitle)
                && parts.stream().allMatch(RoleAndOrganization::isOrganization)) {
            return new RoleOrg(null, String.join(", ", parts));
        }
        return new RoleOrg(role, org);
    }

    /**
     * "Senior Director of Global Climate Change Action of the Environmental Defense Fund": the split is
     * at the first "of" whose remainder is an organization; a sub-unit ("the China Office") is skipped
     * when another "of" follows, so it stays in the role.
     */
    private static RoleOrg byOf(String t) {
        List<Integer> cuts = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = t.indexOf(" of ", from);
            if (i < 0) {
                break;
            }
            int next = i + 4;
            if (next < t.length() && Character.isUpperCase(firstLetter(t.substring(next)))) {
                cuts.add(i);
            }
            from = next;
        }
        for (int k = 0; k < cuts.size(); k++) {
            int cut = cuts.get(k);
            String rest = withoutLeadingThe(t.substring(cut + 4));
            String segment = k + 1 < cuts.size() ? withoutLeadingThe(t.substring(cut + 4, cuts.get(k + 1))) : rest;
            boolean laterCut = k + 1 < cuts.size();
            // "of Global Climate Change Action of the EDF": a topic, not the organization; "of the China Office
            // of CIFF": a sub-unit that stays in the role
            if (laterCut && (isSubUnit(segment) || !isOrganization(segment))) {
                continue;
            }
            if (isOrganization(rest) && !endsWithTitle(rest) && isTitle(t.substring(0, cut))) {
                return new RoleOrg(tidy(t.substring(0, cut)), rest);
            }
        }
        // "Chair of the Harbour Market Traders": after "of the", a proper name of two words or more is a body
        int ofThe = t.lastIndexOf(" of the ");
        if (ofThe > 0 && cuts.size() == 1 && isTitle(t.substring(0, ofThe))) {
            String rest = t.substring(ofThe + 8);
            String[] words = rest.split("\\s+");
            boolean properName = words.length >= 2
                    && List.of(words).stream()
                            .allMatch(w -> Character.isUpperCase(w.charAt(0))
                                    || Set.of("of", "for", "and", "the", "&").contains(w));
            if (properName && !endsWithTitle(rest)) {
                return new RoleOrg(tidy(t.substring(0, ofThe)), rest);
            }
        }
        return null;
    }

    private static boolean isSubUnit(String segment) {
        String[] words = segment.strip().split("\\s+");
        return Vocabulary.SUB_UNIT_WORDS.contains(Vocabulary.key(words[0]))
                || Vocabulary.SUB_UNIT_WORDS.contains(Vocabulary.key(words[words.length - 1]));
    }

    private static char firstLetter(String s) {
        String rest = withoutLeadingThe(s);
        return rest.isEmpty() ? ' ' : rest.charAt(0);
    }

    private static String withoutLeadingThe(String s) {
        String t = tidy(s);
        return t.regionMatches(true, 0, "the ", 0, 4) && t.length() > 4 && Character.isUpperCase(t.charAt(4))
                ? t.substring(4)
                : t;
    }

    private static int lastDash(String t) {
        int best = -1;
        for (String d : DASHES) {
            int i = t.lastIndexOf(d);
            if (i > best) {
                best = i;
            }
        }
        return best;
    }

    /** Comma-separated parts, ignoring commas inside parentheses. */
    private static List<String> commaParts(String t) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == '，') && depth == 0) {
                addPart(parts, t.substring(start, i));
                start = i + 1;
            }
        }
        addPart(parts, t.substring(start));
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        String p = tidy(part);
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }

    /** Blanks collapsed and separators trimmed from both ends. */
    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        int start = 0;
        int end = t.length();
        while (start < end && ",;:–—-|/".indexOf(t.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:–—-|/.".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(start, end).strip();
    }
}
