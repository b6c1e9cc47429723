package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The text names a body next to a word for hosting, organising or convening ("co-hosted by the Harbour
 * Foundation", "the Mekong Secretariat convened the meeting") that is not among the organisers read: a
 * second host in another sentence, or a list the reader cut short.
 */
final class OrganizerMissedInText implements ItemCheck {

    /** Where the names after "hosted by" end: a verb, a clause, a funder or the sentence. */
    private static final Pattern AFTER_END =
            Pattern.compile("[.;:()|]|,\\s+\\p{Ll}|,\\s+(?:the|a|an|which|who)\\s+\\p{Ll}|\\s[–—]\\s"
                    + "|\\s(?:to|on|at|from|for|during|which|who|where|that|was|were|is|are|has|have|had|brought|gathered"
                    + "|drew|met|attracted|featured|welcomed|opened|ran|took|will|would)\\s");
    /** What may stand between a body and "hosted" when the body is its subject: other names, "and", "which". */
    private static final Pattern SUBJECT_GAP = Pattern.compile(
            "(?:[\\s,]|\\band\\b|&|\\bthe\\b|\\p{Lu}[\\p{L}'’.-]*)*(?:\\s*\\b(?:jointly|together|which|that|who|was|were|as|also))*\\s*");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<String> organizers = item.organizers();
        if (organizers.isEmpty()) {
            return List.of(); // OrganizersNamedInText says so
        }
        List<String> lines = note.bodyLines();
        List<String> missed = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > 5_000 || line.isBlank()) {
                continue;
            }
            // an organiser label anywhere, even after a statement ("Co-hosted by: …" at the end of the note)
            var field = LabelledLine.parse(line);
            if (field.isPresent() && field.get().label() == LabelledLine.Label.ORGANIZER) {
                for (String named : OrganizersRule.splitLabel(field.get().value())) {
                    String name = RoleAndOrganization.tidy(named).replaceFirst("^(?i)the\\s+", "");
                    if (!name.isBlank() && !OrganizerNames.among(name, organizers) && !missed.contains(name)) {
                        missed.add(name);
                        first = first < 0 ? i : first;
                    }
                }
                continue;
            }
            if (note.isSpeakersPart(i)) {
                continue;
            }
            for (String sentence : Sentences.of(Markup.strip(line))) {
                for (String name : missedIn(sentence, organizers)) {
                    if (!missed.contains(name)) {
                        missed.add(name);
                        first = first < 0 ? i : first;
                    }
                }
            }
        }
        if (missed.isEmpty()) {
            return List.of();
        }
        return List.of(Warning.at(
                "organizer-missed",
                "organizers",
                note.lineNumber(first),
                "The text names " + String.join("; ", missed)
                        + " as hosting or organising, but the organisers read are " + String.join("; ", organizers)
                        + "; add it or confirm the list."));
    }

    /** The bodies a sentence names as organising that are not among the organisers. */
    static List<String> missedIn(String sentence, List<String> organizers) {
        List<String> out = new ArrayList<>();
        Matcher cue = OrganizerNames.ORGANISING.matcher(sentence);
        List<int[]> cues = new ArrayList<>();
        while (cue.find()) {
            cues.add(new int[] {cue.start(), cue.end()});
        }
        if (cues.isEmpty()) {
            return out;
        }
        for (OrganizerNames.Span body : OrganizerNames.bodies(sentence)) {
            if (OrganizerNames.among(body.name(), organizers) || out.contains(body.name())) {
                continue;
            }
            for (int[] c : cues) {
                if (named(sentence, body, c)) {
                    out.add(body.name());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean named(String sentence, OrganizerNames.Span body, int[] cue) {
        if (body.start() >= cue[1]) {
            String between = sentence.substring(cue[1], body.start());
            return between.length() <= 150
                    && !AFTER_END.matcher(between).find()
                    && !OrganizerNames.FUNDING.matcher(between).find();
        }
        if (body.end() <= cue[0]) {
            String between = sentence.substring(body.end(), cue[0]);
            return between.length() <= 120
                    && SUBJECT_GAP.matcher(between).matches()
                    && !OrganizerNames.FUNDING.matcher(between).find();
        }
        return false;
    }
}
