package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import org.junit.jupiter.api.Test;

class OrganizersRuleTest {

    @Test
    void keepsAnOrganizerWithACommaWhole() {
        assertThat(OrganizersRule.organizers(FrontMatter.none(""), header("Host: Foreign Environmental Cooperation Center, Ministry of Ecology and Environment")))
                .containsExactly("Foreign Environmental Cooperation Center, Ministry of Ecology and Environment");
    }

    @Test
    void splitsSeveralOrganizersAtSemicolons() {
        assertThat(OrganizersRule.organizers(FrontMatter.none(""), header("主办 Host: LMEC; Yunnan Department of Ecology and Environment")))
                .containsExactly("LMEC", "Yunnan Department of Ecology and Environment");
    }

    @Test
    void readsTheHostInsideARunOnFirstLine() {
        assertThat(OrganizersRule.organizers(FrontMatter.none(""), header("FORUM -- 15 Sept 2021 -- host: FECO, MEE -- notes pt 2/5")))
                .containsExactly("FECO, MEE");
    }

    @Test
    void isEmptyWhenTheNoteNamesNoOrganizer() {
        assertThat(OrganizersRule.organizers(FrontMatter.none(""), header("Held April 8, 2021, both online and offline."))).isEmpty();
    }
}
