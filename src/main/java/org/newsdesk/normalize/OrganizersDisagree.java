package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * The front matter's organisers and the note's own "Organizers:" lines name different bodies: one of them is
 * out of date or incomplete, and which is for an editor to say.
 */
final class OrganizersDisagree implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        if (readings.organizers().evidence() != Reading.Evidence.FRONT_MATTER) {
            return List.of();
        }
        List<String> labelled = OrganizersRule.fromLabels(note.header());
        if (labelled.isEmpty()) {
            return List.of();
        }
        List<String> differ = new ArrayList<>();
        for (String l : labelled) {
            if (!OrganizerNames.among(l, item.organizers())) {
                differ.add(l);
            }
        }
        for (String o : item.organizers()) {
            if (!OrganizerNames.among(o, labelled)) {
                differ.add(o);
            }
        }
        if (differ.isEmpty()) {
            return List.of();
        }
        return List.of(Warning.of(
                "organizers-disagree",
                "organizers",
                "The front matter lists the organisers as " + String.join("; ", item.organizers())
                        + " but the note's own lines give " + String.join("; ", labelled)
                        + "; confirm which is right."));
    }
}
