package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * Who organised the event: front matter {@code organizers}, else "Host:", "Organizer:", "主办" lines
 * (also inside a run-on first line). One organizer may contain commas ("Foreign Environmental
 * Cooperation Center, Ministry of Ecology and Environment"); several are separated by ";".
 */
final class OrganizersRule {

    private OrganizersRule() {
    }

    static List<String> organizers(FrontMatter front, EventHeader header) {
        for (String key : List.of("organizers", "organizer", "organisers", "hosts", "host")) {
            List<String> listed = front.list(key);
            if (!listed.isEmpty()) {
                return listed;
            }
        }
        List<String> out = new ArrayList<>();
        for (String value : header.values(Label.ORGANIZER)) {
            for (String part : value.split("[;；]")) {
                String p = RoleAndOrganization.tidy(part);
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
