package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.OrganizerNotes.SPEAKERS;
import static org.newsdesk.normalize.OrganizerNotes.organizerCodes;
import static org.newsdesk.normalize.OrganizerNotes.readWhole;

import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;

/** Front matter and the note's own organiser lines that name different bodies hold the item. */
class OrganizersDisagreeTest {

    @Test
    void frontMatterAndLabelNamingDifferentBodiesAreHeld() {
        String text = """
                ---
                organizers: [Portville Harbour Board]
                ---
                Event: Harbour Resilience Forum
                Date: 14 May 2024
                Format: in person, Portville
                Organizers: Reef Watch Network
                """ + SPEAKERS;
        Item item = readWhole(text);
        assertThat(item.organizers()).containsExactly("Portville Harbour Board");
        assertThat(organizerCodes(item)).contains("organizers-disagree");
        Item agree = readWhole(text.replace("Reef Watch Network", "Portville Harbour Board"));
        assertThat(organizerCodes(agree)).doesNotContain("organizers-disagree");
    }
}
