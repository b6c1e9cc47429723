package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * An organiser the text names only as paying for the event ("with support from the Green Seas Trust",
 * "funded by …", "Sponsor: …"): a funder is not an organiser unless the note also says it organised.
 */
final class OrganizerIsAFunder implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (item.organizers().isEmpty()) {
            return List.of();
        }
        List<String> lines = note.bodyLines();
        List<String> funders = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > 5_000 || note.isSpeakersPart(i) || line.isBlank()) {
                continue;
            }
            for (String organizer : fundedIn(Markup.strip(line), item.organizers())) {
                if (!funders.contains(organizer)) {
                    funders.add(organizer);
                    first = first < 0 ? i : first;
                }
            }
        }
        if (funders.isEmpty()) {
            return List.of();
        }
        return List.of(
                Warning.at(
                        "organizer-is-funder",
                        "organizers",
                        note.lineNumber(first),
                        "The note names " + String.join("; ", funders)
                                + " as funding or sponsoring the event, not as organising it; remove it from the organisers or confirm it."));
    }

    /** The organisers a line names right after a word for funding. */
    static List<String> fundedIn(String line, List<String> organizers) {
        List<String> out = new ArrayList<>();
        Matcher m = OrganizerNames.FUNDING.matcher(line);
        while (m.find()) {
            String after = line.substring(m.end(), Math.min(line.length(), m.end() + 160));
            String clause = after.split(
                            "[.;()|]|\\s(?:to|for|which|who|was|were|is|are|and\\s+(?:was|is|the\\s+\\p{Ll}))\\s", 2)[
                    0];
            for (String organizer : organizers) {
                if (!out.contains(organizer)
                        && OrganizerNames.key(clause).contains(OrganizerNames.key(organizer))
                        && !OrganizerNames.key(organizer).isEmpty()) {
                    out.add(organizer);
                }
            }
        }
        return out;
    }
}
