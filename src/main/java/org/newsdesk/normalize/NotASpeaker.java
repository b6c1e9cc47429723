package org.newsdesk.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * People a note names who did not speak for the newsletter: the moderator or host of a session, a name
 * followed only by a pointer to another file ("Qian Zhaohui → see email notes"), colleagues named in
 * the cover letter of a mail, and anyone left without a statement.
 */
final class NotASpeaker {

    private static final Set<String> CHAIRING_WORDS = Set.of(
            "moderator",
            "moderated",
            "moderating",
            "host",
            "hosted",
            "hosting",
            "mc",
            "emcee",
            "facilitator",
            "rapporteur",
            "note-taker",
            "主持人",
            "主持");

    private NotASpeaker() {}

    static boolean applies(Person person, String statement, int line, CoverLetter cover) {
        return cover.contains(line) || chairs(person) || statement.isBlank() || pointsElsewhere(statement);
    }

    /** The role says the person ran the session rather than spoke in it. */
    static boolean chairs(Person person) {
        String role = person.role() == null ? "" : person.role();
        for (String word : role.toLowerCase(Locale.ROOT).split("[\\s,()/]+")) {
            if (CHAIRING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "→ see other file", "-> see email notes", "(see part 3)", "TBC": a reference, not something said. */
    static boolean pointsElsewhere(String statement) {
        String t = statement.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 120) {
            return false;
        }
        return t.startsWith("->")
                || t.startsWith("→")
                || t.startsWith("see ")
                || t.startsWith("(see")
                || t.startsWith("refer to")
                || t.equals("tbc")
                || t.equals("tbd")
                || t.contains("other file")
                || t.contains("next file")
                || t.contains("see email")
                || t.contains("to follow");
    }
}
