package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class BulletSpeakersTest {

    private final BulletSpeakers rule = new BulletSpeakers();

    @Test
    void readsNameOrganizationAndStatementFromOneItem() {
        SpeakerMatch m = rule.match(lines("- Yu Xin (WWF): relevant WWF teams are carrying out research"), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Yu Xin", null, null, "WWF"));
        assertThat(m.inlineStatement()).isEqualTo("relevant WWF teams are carrying out research");
    }

    @Test
    void makesTwoSpeakersOfTwoNamesSharingOneStatement() {
        SpeakerMatch m = rule.match(lines("* Ms. Li Xia and Mr. Tang Huaqing (LMEC): both stressed data sharing."), 0)
                .orElseThrow();
        assertThat(m.people()).extracting(Person::name).containsExactly("Li Xia", "Tang Huaqing");
        assertThat(m.people()).extracting(Person::honorific).containsExactly("Ms.", "Mr.");
        assertThat(m.people()).extracting(Person::organization).containsOnly("LMEC");
    }

    @Test
    void leavesOrdinaryListItemsAlone() {
        assertThat(rule.match(lines("- reducing costs: optimizing the supply chain"), 0))
                .isEmpty();
        assertThat(rule.match(lines("- intelligent development of ports"), 0)).isEmpty();
    }
}
