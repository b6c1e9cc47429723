package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * An organiser cut in the middle of its name: it ends in a word that joins it to more ("Ministry of",
 * "Blue Coast Institute and"), a comma or a dash, or opens a bracket it never closes.
 */
final class OrganizerCutShort implements ItemCheck {

    private static final Set<String> CONNECTORS = Set.of(
            "and", "of", "the", "for", "&", "in", "on", "with", "at", "to", "by", "de", "du", "des", "del", "la", "a",
            "an", "or", "from", "und", "et", "y");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (String organizer : item.organizers()) {
            if (cutShort(organizer)) {
                out.add(
                        Warning.of(
                                "organizer-cut",
                                "organizers",
                                "The organiser \"" + organizer
                                        + "\" seems cut short (it ends in a joining word or an open bracket); write its full name."));
            }
        }
        return out;
    }

    static boolean cutShort(String organizer) {
        String t = organizer.strip();
        if (t.isEmpty() || t.matches(".*[,\\-–—/(&+]$")) {
            return true;
        }
        if (t.chars().filter(c -> c == '(').count()
                > t.chars().filter(c -> c == ')').count()) {
            return true;
        }
        String[] words = t.split("\\s+");
        return words.length > 1 && CONNECTORS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }
}
