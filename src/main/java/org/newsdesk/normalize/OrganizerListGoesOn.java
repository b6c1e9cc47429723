package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * A sentence that names the organisers ("co-hosted by A and the B", "convened by A, B and C") and goes on
 * naming after the last organiser read: the list was cut inside a name ("Baltic Farmers" of "Baltic
 * Farmers for Clean Water") or before its last member. The sentence is read again from its cue, organiser
 * by organiser, and what follows the last one is looked at, independently of how the list was read.
 */
final class OrganizerListGoesOn implements ItemCheck {

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:co-?)?(?:hosted|organi[sz]ed|convened|sponsored)\\s+(?:jointly\\s+)?by\\s+(?:the\\s+)?");
    private static final Pattern SEPARATOR =
            Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)(?:the\\s+)?");
    /** What says the name or the list goes on: "for Clean Water", "and the Marine Station", ", Harbour Trust". */
    private static final Pattern GOES_ON = Pattern.compile(
            "^(?:\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}|\\s+(?:and|&)\\s+(?:the\\s+)?\\p{Lu}|\\s*,\\s*(?:and\\s+)?(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}'’.-]*)){1,8}))");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (item.organizers().isEmpty()) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.length() > 5_000 || note.isSpeakersPart(i)) {
                continue;
            }
            for (String sentence : Sentences.of(Markup.strip(line))) {
                String rest = goesOnAfter(sentence, item.organizers());
                if (rest != null) {
                    return List.of(Warning.at(
                            "organizer-list-goes-on",
                            "organizers",
                            note.lineNumber(i),
                            "The sentence naming the organisers goes on after " + String.join("; ", item.organizers())
                                    + " (\"" + rest
                                    + "\"); a name may be cut short or a last organiser missed. Check the list."));
                }
            }
        }
        return List.of();
    }

    /** What follows the last organiser a sentence lists after its cue when it reads as more names, or null. */
    static String goesOnAfter(String sentence, List<String> organizers) {
        Matcher cue = CUE.matcher(sentence);
        while (cue.find()) {
            int pos = cue.end();
            int lastEnd = -1;
            while (true) {
                int matched = matchedAt(sentence, pos, organizers);
                if (matched < 0) {
                    break;
                }
                lastEnd = pos + matched;
                Matcher sep = SEPARATOR.matcher(sentence.substring(lastEnd));
                if (!sep.find()) {
                    pos = lastEnd;
                    break;
                }
                pos = lastEnd + sep.end();
            }
            if (lastEnd < 0) {
                continue;
            }
            String after = sentence.substring(lastEnd);
            Matcher more = GOES_ON.matcher(after);
            if (more.find() && (more.group(1) == null || OrganizerNames.isBody(more.group(1)))) {
                return after.strip().length() > 60 ? after.strip().substring(0, 60) + "…" : after.strip();
            }
        }
        return null;
    }

    /** The length of the organiser written at {@code pos}, or -1. */
    private static int matchedAt(String sentence, int pos, List<String> organizers) {
        int best = -1;
        String at = sentence.substring(pos).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String organizer : organizers) {
            String o = organizer.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (at.startsWith(o) && o.length() > best) {
                best = o.length();
            }
        }
        return best;
    }
}
