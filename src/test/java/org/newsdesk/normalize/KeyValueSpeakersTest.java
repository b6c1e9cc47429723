package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class KeyValueSpeakersTest {

    private final KeyValueSpeakers rule = new KeyValueSpeakers();

    @Test
    void readsBilingualLabels() {
        SpeakerMatch m = rule.match(
                        lines(
                                "发言人 Speaker: Mr. MA Dingping\n职务 Role: Secretary General\n单位 Org: Chongqing Renewable Energy Society\n"
                                        + "要点 Notes: A combination of measures."),
                        0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(
                        new Person("Ma Dingping", "Mr.", "Secretary General", "Chongqing Renewable Energy Society"));
        assertThat(m.inlineStatement()).isEqualTo("A combination of measures.");
        assertThat(m.next()).isEqualTo(4);
    }

    @Test
    void readsTraditionalChineseLabelsWithFullWidthColons() {
        SpeakerMatch m =
                rule.match(lines("發言人：陳美玲女士\n職務：主任\n單位：環境保護署\n要點：我們會加強合作。"), 0).orElseThrow();
        assertThat(m.people()).containsExactly(new Person("陳美玲", "Ms.", "主任", "環境保護署"));
        assertThat(m.inlineStatement()).isEqualTo("我們會加強合作。");
    }

    @Test
    void takesTheOrganizationAloneWhenNoRoleIsLabelled() {
        SpeakerMatch m = rule.match(lines("Speaker: Mr. Qian Zhaohui\nOrg: LMEC\nNotes: The Platform will grow."), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Qian Zhaohui", "Mr.", null, "LMEC"));
    }

    @Test
    void startsOnlyAtASpeakerLabel() {
        assertThat(rule.match(lines("Date: 15 Sep 2021"), 0)).isEmpty();
    }
}
